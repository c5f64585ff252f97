package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.rcm.platform.events.EventJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Documents sessions the way a careful integrator does: each request carries its own Idempotency-Key, and a
 * request that got no answer, a 5xx or a 409 "in progress" is sent again with the same key until the service
 * answers 201 (or a 4xx that will not change). Retries therefore never document a session twice.
 */
public final class SessionDriver {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** The outcome of one session: its id when accepted, the last status, and how many sends it took. */
    public record Outcome(String sessionId, int status, int attempts, long acceptedAtNanos) {
        public boolean accepted() {
            return sessionId != null;
        }
    }

    private final String url;
    private final String token;
    private final Duration patience;

    public SessionDriver(String codingServiceUrl, String token, Duration patience) {
        this.url = codingServiceUrl + "/sessions";
        this.token = token;
        this.patience = patience;
    }

    public Outcome post(String idempotencyKey, String json) {
        long deadline = System.nanoTime() + patience.toNanos();
        int attempts = 0;
        int status = 0;
        while (true) {
            attempts++;
            try {
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = r.statusCode();
                if (status == 201 || status == 200) {
                    JsonNode body = EventJson.mapper().readTree(r.body());
                    return new Outcome(body.get("id").asText(), status, attempts, System.nanoTime());
                }
                if (status < 500 && status != 409 && status != 429) {
                    return new Outcome(null, status, attempts, 0);
                }
            } catch (IOException e) {
                status = -1;   // no answer: the service may be restarting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(null, status, attempts, 0);
            }
            if (System.nanoTime() > deadline) {
                return new Outcome(null, status, attempts, 0);
            }
            try {
                Thread.sleep(Math.min(2000, 250L * attempts));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(null, status, attempts, 0);
            }
        }
    }
}
