package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rcm.platform.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends bad input to every POST/PUT/PATCH operation with a JSON request body that a service's own OpenAPI document
 * lists: an empty object, the body with each field missing in turn, each string field 100,000 characters long, each
 * field of the wrong JSON type, broken JSON and a wrong Content-Type. The other fields hold plausible values (see
 * {@link SchemaSample}) so each request has one fault. Path parameters of POST/PATCH get an id the owner tenant can
 * read there (else a random one); those of PUT (upserts and replacements) always a fresh id, so the sweep cannot
 * overwrite the tenant's setup. Every answer must be 4xx (never 5xx, never a hang) and every JSON 4xx body a
 * problem+json with title and status.
 */
final class BadInputSweep {
    static final int OVERSIZE = 100_000;
    private static final boolean DEBUG = Boolean.getBoolean("rcm.sweep.debug");
    private static final int MAX_CASES_PER_OPERATION = 150;
    private static final Pattern PARAM = Pattern.compile("\\{[^}/]+}");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    record Case(String label, String field, String contentType, byte[] body) {
    }

    record Result(String service, int sent, int clientErrors, List<String> serverErrors, List<String> hangs,
                  List<String> badProblems, List<String> accepted, int authDenied, int validationAnswers,
                  int namingField, int nonJson4xx, Map<Integer, Integer> statuses, boolean readyAfter) {
        String summary() {
            return String.format("sweep %-22s %4d requests, %4d 4xx, %d 5xx %s, %d hangs, %d bad problem bodies,"
                            + " %d accepted (2xx), %d 401/403, %d of %d 400/422 name a field, %d non-JSON 4xx,"
                            + " statuses %s, ready after: %s", service, sent, clientErrors, serverErrors.size(),
                    serverErrors, hangs.size(), badProblems.size(), accepted.size(), authDenied, namingField,
                    validationAnswers, nonJson4xx, statuses, readyAfter);
        }
    }

    private BadInputSweep() {
    }

    static Result sweep(String service, String baseUrl, Http owner, RawHttp raw) {
        JsonNode doc = owner.get(baseUrl + "/q/openapi?format=json").body();
        SchemaSample samples = new SchemaSample(doc.path("components").path("schemas"));
        JsonNode paths = doc.get("paths");
        Set<String> ids = TenantIsolationProbe.ownerIds(baseUrl, owner, paths);
        Map<String, String> known = new HashMap<>();
        int sent = 0;
        int clientErrors = 0;
        int authDenied = 0;
        int validation = 0;
        int naming = 0;
        int nonJson = 0;
        List<String> serverErrors = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        List<String> badProblems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (String method : List.of("post", "put", "patch")) {
                JsonNode op = p.getValue().get(method);
                JsonNode content = op == null ? null : op.path("requestBody").get("content");
                if (content == null || content.isEmpty()) {
                    continue;
                }
                JsonNode schema = content.path("application/json").get("schema");
                String url = baseUrl + fill(p.getKey(), method, ids, known, owner, baseUrl);
                List<Case> cases = schema != null ? cases(samples, schema)
                        : otherCases(content.fieldNames().next());
                Set<String> baseDefects = new java.util.TreeSet<>();
                for (Case c : cases.subList(0, Math.min(cases.size(), MAX_CASES_PER_OPERATION))) {
                    String where = method.toUpperCase() + " " + p.getKey() + " [" + c.label() + "]";
                    RawHttp.Reply r = raw.send(method.toUpperCase(), url, c.contentType(), c.body());
                    sent++;
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (r.status() == 0) {
                        hangs.add(where + " " + r.body());
                    } else if (r.status() >= 500) {
                        serverErrors.add(where + " -> " + r.status());
                    } else if (r.status() == 401 || r.status() == 403) {
                        authDenied++;
                    } else if (r.status() >= 400) {
                        clientErrors++;
                        if (!r.json()) {
                            nonJson++;
                            continue;
                        }
                        String bad = problemDefect(r);
                        if (bad != null) {
                            badProblems.add(where + " -> " + r.status() + ": " + bad);
                            continue;
                        }
                        if (r.status() == 400 || r.status() == 422) {
                            if (DEBUG && c.field() != null) {
                                baseDefects.addAll(otherFields(r.body(), c.field()));
                            }
                            validation++;
                            if (namesField(r.body(), c.field())) {
                                naming++;
                            }
                        }
                    } else {
                        accepted.add(where + " -> " + r.status());
                    }
                }
                if (DEBUG) {
                    System.out.println("sweep debug " + method + " " + p.getKey() + " base " + (schema == null ? ""
                            : EventJson.write(samples.sample(schema))) + " other fields at fault " + baseDefects);
                }
            }
        }
        boolean ready = owner.get(baseUrl + "/q/health/ready").status() == 200;
        return new Result(service, sent, clientErrors, serverErrors, hangs, badProblems, accepted, authDenied,
                validation, naming, nonJson, statuses, ready);
    }

    /** The path with its parameters filled: see the class comment. */
    private static String fill(String path, String method, Set<String> ids, Map<String, String> known, Http owner,
                               String baseUrl) {
        String filled = path;
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            String prefix = filled.substring(0, filled.indexOf(m.group()));
            String value = freshId();
            if (!method.equals("put")) {
                value = known.computeIfAbsent(prefix, k -> ids.stream()
                        .filter(id -> owner.get(baseUrl + k + id).status() == 200).findFirst()
                        .orElse(freshId()));
            }
            filled = filled.replaceFirst(Pattern.quote(m.group()), Matcher.quoteReplacement(value));
        }
        return filled;
    }

    /** An id nobody has: upper-case letters and digits, which id patterns of every kind accept. */
    private static String freshId() {
        return "SWEEP" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    static List<Case> cases(SchemaSample samples, JsonNode schema) {
        JsonNode base = samples.sample(schema);
        boolean object = base.isObject();
        List<Case> out = new ArrayList<>();
        out.add(json("empty object", null, "{}"));
        out.add(json("JSON null", null, "null"));
        out.add(json("wrong top-level type", null, object ? "[]" : "\"text\""));
        out.add(json("broken JSON (cut)", null, cut(EventJson.write(base))));
        out.add(json("broken JSON (syntax)", null, "{\"a\": tru, }"));
        out.add(new Case("wrong Content-Type text/plain", null, "text/plain",
                EventJson.write(base).getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("wrong Content-Type xml", null, "application/xml",
                "<a>1</a>".getBytes(StandardCharsets.UTF_8)));
        List<SchemaSample.Field> fields = samples.fields(schema);
        if (!fields.isEmpty()) {
            out.add(json("all fields missing", null, object ? "{}" : "[{}]"));
        }
        for (SchemaSample.Field f : fields) {
            out.add(json("missing " + f.name(), f.leaf(), EventJson.write(without(base, f.path()))));
        }
        for (SchemaSample.Field f : fields) {
            if (f.type().equals("string")) {
                out.add(json("oversized " + f.name(), f.leaf(),
                        EventJson.write(with(base, f.path(), F.textNode("A".repeat(OVERSIZE))))));
            }
        }
        for (SchemaSample.Field f : fields) {
            if (f.type().equals("string")) {
                ObjectNode wrong = F.objectNode().put("unexpected", 1);
                out.add(json("object for string " + f.name(), f.leaf(), EventJson.write(with(base, f.path(), wrong))));
            } else {
                out.add(json("string for " + f.type() + " " + f.name(), f.leaf(),
                        EventJson.write(with(base, f.path(), F.textNode("not-a-" + f.type())))));
            }
        }
        return out;
    }

    /** For a body that is not JSON (an X12 interchange, say): empty, text, binary, a broken header, JSON. */
    static List<Case> otherCases(String mediaType) {
        byte[] noise = new byte[512];
        new java.util.Random(7).nextBytes(noise);
        return List.of(new Case("empty " + mediaType, null, mediaType, new byte[0]),
                new Case("text as " + mediaType, null, mediaType, ascii("hello, not what you expect")),
                new Case("random bytes as " + mediaType, null, mediaType, noise),
                new Case("cut ISA as " + mediaType, null, mediaType, ascii("ISA*00*    ")),
                new Case("oversized " + mediaType, null, mediaType, ascii("A".repeat(OVERSIZE))),
                json("JSON instead of " + mediaType, null, "{\"a\":1}"));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static Case json(String label, String field, String body) {
        return new Case(label, field, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String json) {
        return json.length() < 2 ? "{" : json.substring(0, json.length() / 2);
    }

    private static JsonNode without(JsonNode base, List<Object> path) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o && last instanceof String k) {
            o.remove(k);
        } else if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size()) {
            a.remove(i.intValue());
        }
        return copy;
    }

    private static JsonNode with(JsonNode base, List<Object> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o && last instanceof String k) {
            o.set(k, value);
        } else if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size()) {
            a.set(i, value);
        }
        return copy;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object p : path) {
            n = p instanceof Integer i ? n.path(i) : n.path((String) p);
        }
        return n;
    }

    /** Null when the body is problem+json with a title and the HTTP status; else what is wrong with it. */
    static String problemDefect(RawHttp.Reply r) {
        if (!r.contentType().startsWith("application/problem+json")) {
            return "JSON error body is " + r.contentType() + ", not application/problem+json";
        }
        try {
            JsonNode body = EventJson.mapper().readTree(r.body());
            if (!body.hasNonNull("title") || !body.hasNonNull("status")) {
                return "problem without title or status";
            }
            if (body.get("status").asInt() != r.status()) {
                return "problem status " + body.get("status") + " differs from the HTTP status";
            }
            return null;
        } catch (Exception e) {
            return "unreadable problem body";
        }
    }

    private static List<String> otherFields(String body, String field) {
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode e : EventJson.mapper().readTree(body).path("errors")) {
                String f = e.path("field").asText("");
                if (field == null || !f.endsWith(field)) {
                    out.add(f + ": " + e.path("message").asText(""));
                }
            }
        } catch (Exception ignored) {
            // not JSON
        }
        return out;
    }

    /** Whether a validation problem names a field: its errors list one, or the detail names the field varied. */
    static boolean namesField(String body, String field) {
        try {
            JsonNode problem = EventJson.mapper().readTree(body);
            for (JsonNode e : problem.path("errors")) {
                if (!e.path("field").asText("").isBlank()) {
                    return true;
                }
            }
            return field != null && !field.isBlank() && problem.path("detail").asText("").contains(field);
        } catch (Exception e) {
            return false;
        }
    }
}
