package org.rcm.eligibility.exchange;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP adapter against a real local server: status mapping, headers, caller token. */
class HttpEligibilityExchangeTest {
    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> auth = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/eligibility/exchange", ex -> {
            try (ex) {
                byte[] in = ex.getRequestBody().readAllBytes();
                auth.set(ex.getRequestHeaders().getFirst("Authorization"));
                contentType.set(ex.getRequestHeaders().getFirst("Content-Type"));
                if (status.get() != 200) {
                    ex.sendResponseHeaders(status.get(), -1);
                    return;
                }
                byte[] out = ("271 for " + new String(in, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
                ex.getResponseHeaders().add("Content-Type", "application/edi-x12");
                ex.sendResponseHeaders(200, out.length);
                ex.getResponseBody().write(out);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpEligibilityExchange adapter(String url) {
        HttpEligibilityExchange a = new HttpEligibilityExchange();
        a.gatewayUrl = url;
        a.timeout = Duration.ofSeconds(3);
        a.mintServiceToken = false;
        a.signKey = Optional.empty();
        a.init();
        return a;
    }

    @Test
    void postsTheInquiryAsEdiWithTheCallersTokenAndReturnsThe271() {
        HttpEligibilityExchange a = adapter("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        byte[] answer = a.exchange("t1", "ISA270".getBytes(StandardCharsets.US_ASCII), "caller-token");
        assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("271 for ISA270");
        assertThat(auth.get()).isEqualTo("Bearer caller-token");
        assertThat(contentType.get()).isEqualTo("application/edi-x12");
    }

    @Test
    void gatewayOutagesAreRetryableOtherRefusalsAreNot() throws IOException {
        HttpEligibilityExchange a = adapter("http://127.0.0.1:" + server.getAddress().getPort());
        for (int s : new int[]{502, 503, 504}) {
            status.set(s);
            assertThatThrownBy(() -> a.exchange("t1", new byte[]{1}, "x"))
                    .isInstanceOf(EligibilityExchange.ExchangeUnavailable.class).hasMessageContaining("" + s);
        }
        status.set(401);
        assertThatThrownBy(() -> a.exchange("t1", new byte[]{1}, null))
                .isInstanceOfSatisfying(EligibilityExchange.ExchangeRejected.class,
                        e -> assertThat(e.status()).isEqualTo(401));
        assertThat(auth.get()).isNull();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> adapter("http://127.0.0.1:" + closedPort).exchange("t1", new byte[]{1}, "x"))
                .isInstanceOf(EligibilityExchange.ExchangeUnavailable.class);
    }
}
