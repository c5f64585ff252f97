package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.rcm.platform.events.EventJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BiConsumer;

/** A small JSON-over-HTTP client with a bearer token, for the demo and the end-to-end tests. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Reply(int status, JsonNode body, String location) {
    }

    private final String token;
    private volatile BiConsumer<String, String> errorSink;

    public Http(String token) {
        this.token = token;
    }

    /** Hands every answer of 400 or more to the sink as (method and url, raw body), e.g. to scan error bodies. */
    public Http recordErrors(BiConsumer<String, String> sink) {
        this.errorSink = sink;
        return this;
    }

    public Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public Reply post(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : EventJson.write(body))));
    }

    public Reply put(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : EventJson.write(body))));
    }

    /** Any method with a JSON body (used by probes). */
    public Reply send(String method, String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply send(HttpRequest.Builder builder) {
        builder.header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            BiConsumer<String, String> sink = errorSink;
            if (sink != null && r.statusCode() >= 400) {
                sink.accept(r.request().method() + " " + r.request().uri(), r.body());
            }
            JsonNode body = r.body() == null || r.body().isBlank() ? null
                    : type.contains("json") ? EventJson.mapper().readTree(r.body())
                    : com.fasterxml.jackson.databind.node.TextNode.valueOf(r.body());
            return new Reply(r.statusCode(), body, r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + builder.build().method() + " " + builder.build().uri()
                    + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
