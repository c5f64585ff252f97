package org.rcm.eligibility;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.rcm.platform.x12.eligibility.EligibilityInquiry;
import org.rcm.platform.x12.eligibility.Inquiry270Reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a random port speaking the gateway's real-time contract
 * ({@code POST /eligibility/exchange}, application/edi-x12 both ways, 503 when "the payer is down"). It reads the
 * 270 with platform/x12 and answers by member id:
 * <ul>
 *     <li>{@code M-ACTIVE}: active with mental-health benefits; {@code M-INACTIVE}: inactive coverage</li>
 *     <li>{@code M-CF}: plan-level answer only for MH, full answer for CF (service-type fallback)</li>
 *     <li>{@code M-BUSY}: AAA 42 on the first inquiry, then active; {@code M-BAD}: AAA 72 (invalid member id)</li>
 *     <li>{@code M-DOWN}: HTTP 503 every time</li>
 * </ul>
 * Requests without a bearer token get 401.
 */
public class GatewayStub implements QuarkusTestResourceLifecycleManager {
    private static HttpServer server;
    /** Every inquiry received: member id + "/" + service type. */
    public static final List<String> INQUIRIES = new CopyOnWriteArrayList<>();
    public static final List<String> TOKENS = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public synchronized Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/eligibility/exchange", GatewayStub::handle);
        server.start();
        return Map.of("rcm.gateway.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static List<String> inquiriesFor(String memberId) {
        return INQUIRIES.stream().filter(s -> s.startsWith(memberId + "/")).map(s -> s.substring(s.indexOf('/') + 1))
                .toList();
    }

    private static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (!"POST".equals(ex.getRequestMethod()) || auth == null || !auth.startsWith("Bearer ")
                    || !"application/edi-x12".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
                ex.sendResponseHeaders(auth == null ? 401 : 400, -1);
                return;
            }
            TOKENS.add(auth.substring(7));
            List<EligibilityInquiry> inquiries = new ArrayList<>();
            Inquiry270Reader.read(new ByteArrayInputStream(body), inquiries::add);
            if (inquiries.size() != 1) {
                ex.sendResponseHeaders(400, -1);
                return;
            }
            EligibilityInquiry q = inquiries.get(0);
            String member = q.subscriber().memberId();
            String stc = q.serviceTypes().get(0);
            INQUIRIES.add(member + "/" + stc);
            int call = CALLS.computeIfAbsent(member, k -> new AtomicInteger()).incrementAndGet();
            byte[] answer = answer(member, stc, call, q.traceNumber());
            if (answer == null) {
                ex.sendResponseHeaders(503, -1);
                return;
            }
            ex.getResponseHeaders().add("Content-Type", "application/edi-x12");
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
        } catch (Exception e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    private static byte[] answer(String member, String stc, int call, String trace) {
        List<String> mh = List.of(stc);
        return switch (member) {
            case "M-DOWN" -> null;
            case "M-BAD" -> Edi271.answering(trace).seg("AAA", "N", null, "72", "C").bytes();
            case "M-INACTIVE" -> Edi271.answering(trace)
                    .eb("6", "IND", List.of("30"), null, null, null, null, null, null, null, null, null).bytes();
            case "M-BUSY" -> call == 1 ? Edi271.answering(trace).sourceAaa("42", "R").bytes() : active(trace, mh);
            case "M-CF" -> "MH".equals(stc) ? Edi271.answering(trace)
                    .eb("1", null, List.of("30"), null, "BASIC", null, null, null, null, null, null, null).bytes()
                    : active(trace, mh);
            default -> active(trace, mh);
        };
    }

    private static byte[] active(String trace, List<String> stc) {
        return Edi271.answering(trace).seg("DTP", "346", "D8", "20260101")
                .eb("1", "IND", List.of("30"), "PR", "SILVER PPO", null, null, null, null, null, null, null)
                .eb("1", "IND", stc, null, null, null, null, null, null, null, "Y", null)
                .eb("B", "IND", stc, null, null, "27", "25", null, null, null, "Y", "Y")
                .eb("A", "IND", stc, null, null, "27", null, "0.2", null, null, "Y", "Y")
                .eb("C", "IND", List.of("30"), null, null, "23", "1000", null, null, null, null, "Y")
                .eb("C", "IND", List.of("30"), null, null, "29", "250", null, null, null, null, "Y")
                .eb("G", "IND", List.of("30"), null, null, "29", "4100", null, null, null, null, "Y")
                .seg("MSG", "PRIOR AUTH REQUIRED").bytes();
    }
}
