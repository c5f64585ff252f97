package org.rcm.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * HTTP with any body bytes and any Content-Type (bad-input tests), a bearer token, a fresh Idempotency-Key on each
 * mutating request and a hard timeout. A timeout or broken connection answers status 0 instead of throwing.
 * Every answer of 400 or more is handed to the error sink (for the canary scan).
 */
final class RawHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    record Reply(int status, String contentType, String body) {
        boolean json() {
            return contentType.contains("json");
        }
    }

    private final String token;
    private final BiConsumer<String, String> errorSink;
    private final Duration timeout;

    RawHttp(String token, BiConsumer<String, String> errorSink, Duration timeout) {
        this.token = token;
        this.errorSink = errorSink;
        this.timeout = timeout;
    }

    Reply send(String method, String url, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json, */*;q=0.1")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (MUTATING.contains(method)) {
            b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body() == null ? "" : r.body());
            if (errorSink != null && reply.status() >= 400) {
                errorSink.accept(method + " " + url, reply.body());
            }
            return reply;
        } catch (HttpTimeoutException e) {
            return new Reply(0, "", "timeout after " + timeout);
        } catch (IOException e) {
            return new Reply(0, "", "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
