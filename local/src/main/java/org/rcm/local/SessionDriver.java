package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.rcm.platform.events.EventJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /** The outcome of a batch: the sessions' ids in the order sent when accepted, the last status, the sends. */
    public record BatchOutcome(List<String> sessionIds, int status, int attempts) {
        public boolean accepted() {
            return sessionIds != null;
        }
    }

    public Outcome post(String idempotencyKey, String json) {
        Reply r = send(url, idempotencyKey, json);
        return r.body == null ? new Outcome(null, r.status, r.attempts, 0)
                : new Outcome(r.body.get("id").asText(), r.status, r.attempts, System.nanoTime());
    }

    /**
     * Documents several sessions in one request ({@code POST /sessions/batch}, as an EHR's export sends them): all or
     * none, retried with the same key like a single session.
     */
    public BatchOutcome postBatch(String idempotencyKey, List<String> jsons) {
        Reply r = send(url + "/batch", idempotencyKey, "{\"sessions\":[" + String.join(",", jsons) + "]}");
        if (r.body == null) {
            return new BatchOutcome(null, r.status, r.attempts);
        }
        List<String> ids = new ArrayList<>(jsons.size());
        r.body.get("sessions").forEach(session -> ids.add(session.get("id").asText()));
        return new BatchOutcome(ids, r.status, r.attempts);
    }

    /** The answer: the body when the service accepted the request, else null with the last status. */
    private record Reply(JsonNode body, int status, int attempts) {
    }

    private Reply send(String target, String idempotencyKey, String json) {
        long deadline = System.nanoTime() + patience.toNanos();
        int attempts = 0;
        int status = 0;
        while (true) {
            attempts++;
            try {
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(target))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = r.statusCode();
                if (status == 201 || status == 200) {
                    return new Reply(EventJson.mapper().readTree(r.body()), status, attempts);
                }
                if (status < 500 && status != 409 && status != 429) {
                    return new Reply(null, status, attempts);
                }
            } catch (IOException e) {
                status = -1;   // no answer: the service may be restarting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Reply(null, status, attempts);
            }
            if (System.nanoTime() > deadline) {
                return new Reply(null, status, attempts);
            }
            try {
                Thread.sleep(Math.min(2000, 250L * attempts));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Reply(null, status, attempts);
            }
        }
    }
}
