package org.rcm.gateway.adapter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.rcm.gateway.config.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * REST X12 (Stedi style): POST the interchange with an {@code Idempotency-Key}; the 999 (or TA1) comes back in the
 * response; 277CA and 835 wait in the partner's outbox (poll). 5xx, 408, 429 and I/O errors are retryable; other 4xx
 * are not. Also the real-time 270/271 call.
 */
@ApplicationScoped
public class RestPort implements PartnerPort {
    public static final String EDI = "application/edi-x12";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public byte[] send(GatewayConfig.Partner p, String fileName, byte[] content, String idempotencyKey) {
        HttpRequest r = request(p, base(p) + "/x12/submissions").header("Content-Type", EDI)
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return call(r);
    }

    @Override
    public List<String> list(GatewayConfig.Partner p) {
        byte[] body = call(request(p, base(p) + "/x12/outbox").GET().build());
        try {
            return JSON.readValue(body, new TypeReference<List<String>>() {
            });
        } catch (IOException e) {
            throw new PartnerException("outbox listing is not JSON", true, e);
        }
    }

    @Override
    public byte[] fetch(GatewayConfig.Partner p, String name) {
        return call(request(p, base(p) + "/x12/outbox/" + enc(name)).GET().build());
    }

    @Override
    public void done(GatewayConfig.Partner p, String name) {
        call(request(p, base(p) + "/x12/outbox/" + enc(name) + "/ack").POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** Real-time 270 → 271 at the partner's real-time URL (or its base URL). */
    public byte[] realtime(GatewayConfig.Partner p, byte[] inquiry) {
        String url = p.realtimeUrl().or(p::baseUrl)
                .orElseThrow(() -> new PartnerException.Permanent("no real-time URL configured"));
        return call(request(p, url + "/x12/realtime").header("Content-Type", EDI)
                .POST(HttpRequest.BodyPublishers.ofByteArray(inquiry)).build());
    }

    private HttpRequest.Builder request(GatewayConfig.Partner p, String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(p.timeout());
        p.apiKey().ifPresent(k -> b.header("Authorization", "Bearer " + k));
        return b;
    }

    private byte[] call(HttpRequest r) {
        HttpResponse<byte[]> resp;
        try {
            resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PartnerException("HTTP " + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerException("interrupted", true, e);
        }
        int s = resp.statusCode();
        if (s >= 200 && s < 300) {
            return resp.body();
        }
        if (s >= 500 || s == 408 || s == 429) {
            throw new PartnerException("partner answered HTTP " + s, true, null);
        }
        throw new PartnerException.Permanent("partner answered HTTP " + s);
    }

    private static String base(GatewayConfig.Partner p) {
        return p.baseUrl().orElseThrow(() -> new PartnerException.Permanent("no base URL configured"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
