package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Probes a running service for cross-tenant leaks, driven by its own OpenAPI document: every id that the owner
 * tenant can read through a list endpoint is tried, with the owner's and with an intruder's token, on every path
 * with one path parameter. The intruder must never get the owner's answer (a leak); anything but 404/403 is noted.
 * The intruder's PUT/PATCH/DELETE/POST on such a path must fail and leave the owner's object in place.
 */
final class TenantIsolationProbe {
    private static final Pattern PARAM = Pattern.compile("\\{[^}/]+}");

    record Finding(String method, String path, int status) {
    }

    record Result(int probes, List<Finding> leaks, List<Finding> notes) {
    }

    private TenantIsolationProbe() {
    }

    static Result probe(String baseUrl, Http owner, Http intruder) {
        JsonNode paths = owner.get(baseUrl + "/q/openapi?format=json").body().get("paths");
        Set<String> ids = ownerIds(baseUrl, owner, paths);
        int probes = 0;
        List<Finding> leaks = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            Matcher m = PARAM.matcher(p.getKey());
            if (!m.find() || m.find()) {
                continue;   // exactly one path parameter
            }
            if (!p.getValue().has("get")) {
                continue;
            }
            String unknown = baseUrl + PARAM.matcher(p.getKey()).replaceFirst("no-such-" + System.nanoTime());
            if (owner.get(unknown).status() == 200) {
                continue;   // answers for any id (configured defaults): nothing of a tenant's to leak
            }
            for (String id : ids) {
                String url = baseUrl + PARAM.matcher(p.getKey()).replaceFirst(Matcher.quoteReplacement(id));
                Http.Reply mine = owner.get(url);
                if (mine.status() != 200) {
                    continue;
                }
                probes++;
                Http.Reply theirs = intruder.get(url);
                if (theirs.status() == 200 && String.valueOf(theirs.body()).equals(String.valueOf(mine.body()))) {
                    leaks.add(new Finding("GET", url, theirs.status()));
                } else if (theirs.status() != 404 && theirs.status() != 403) {
                    // not the owner's data, but another tenant's id should simply not exist for the intruder
                    notes.add(new Finding("GET", url, theirs.status()));
                }
                for (String method : List.of("put", "patch", "delete", "post")) {
                    if (!p.getValue().has(method)) {
                        continue;
                    }
                    probes++;
                    Http.Reply attempt = intruder.send(method.toUpperCase(), url, "{}");
                    if (attempt.status() < 400 || attempt.status() >= 500) {
                        leaks.add(new Finding(method.toUpperCase(), url, attempt.status()));
                    }
                    if (owner.get(url).status() != 200) {
                        leaks.add(new Finding(method.toUpperCase() + " removed it", url, attempt.status()));
                    }
                }
            }
        }
        return new Result(probes, leaks, notes);
    }

    /** Every id the owner can read through a list endpoint (a path without parameters) of the document. */
    static Set<String> ownerIds(String baseUrl, Http owner, JsonNode paths) {
        Set<String> ids = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!PARAM.matcher(p.getKey()).find() && p.getValue().has("get") && !p.getKey().startsWith("/audit")) {
                Http.Reply list = owner.get(baseUrl + p.getKey());
                if (list.status() == 200 && list.body() != null) {
                    collectIds(list.body(), ids);
                }
            }
        }
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isArray()) {
            node.forEach(n -> collectIds(n, ids));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if ((f.getKey().equals("id") || f.getKey().endsWith("Id")) && f.getValue().isTextual()
                        && ids.size() < 200) {
                    ids.add(f.getValue().asText());
                } else if (f.getValue().isContainerNode()) {
                    collectIds(f.getValue(), ids);
                }
            });
        }
    }
}
