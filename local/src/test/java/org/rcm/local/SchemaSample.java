package org.rcm.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A plausible JSON value for an OpenAPI schema ($ref and allOf resolved against components/schemas): enums take
 * their first value, dates a recent date, patterned strings a string matching simple patterns, numbers their
 * minimum. Also lists every field of such a value (nested objects and the first array element) with its type.
 */
final class SchemaSample {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;
    /** Fields whose rules no schema shows (a check digit, a code list): a value that passes them. */
    private static final Map<String, JsonNode> KNOWN = Map.of("npi", F.textNode("1234567893"),
            "relationship", F.textNode("18"), "phone", F.textNode("2175550100"),
            "diagnoses", F.arrayNode().add("F41.1"), "startTime", F.textNode("10:00:00"),
            "endTime", F.textNode("10:55:00"));

    /** A field of a sample: the path of object keys and array indexes from the root, and its schema type. */
    record Field(List<Object> path, String type) {
        String name() {
            StringBuilder sb = new StringBuilder();
            for (Object p : path) {
                if (p instanceof Integer i) {
                    sb.append('[').append(i).append(']');
                } else {
                    sb.append(sb.length() == 0 ? "" : ".").append(p);
                }
            }
            return sb.toString();
        }

        String leaf() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
            return "";
        }
    }

    private final JsonNode schemas;

    SchemaSample(JsonNode schemas) {
        this.schemas = schemas == null ? F.objectNode() : schemas;
    }

    /** The schema with $ref followed and allOf merged (properties and required of every part). */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s != null && s.has("$ref") && hops < 10; hops++) {
            String ref = s.get("$ref").asText();
            s = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s == null) {
            return F.objectNode();
        }
        if (s.has("allOf")) {
            ObjectNode merged = F.objectNode();
            ObjectNode props = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("allOf")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            for (JsonNode part : s.get("allOf")) {
                JsonNode r = resolve(part);
                r.fields().forEachRemaining(e -> {
                    switch (e.getKey()) {
                        case "properties" -> props.setAll((ObjectNode) e.getValue());
                        case "required" -> required.addAll((ArrayNode) e.getValue());
                        default -> merged.set(e.getKey(), e.getValue());
                    }
                });
            }
            if (props.isEmpty()) {
                merged.remove("properties");
            }
            return merged;
        }
        return s;
    }

    /** The schema's type ("object", "array", "string", "integer", "number", "boolean"), guessed when absent. */
    String type(JsonNode schema) {
        JsonNode s = resolve(schema);
        JsonNode t = s.get("type");
        if (t != null && t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asText())) {
                    return x.asText();
                }
            }
        }
        if (t != null && t.isTextual()) {
            return t.asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return s.has("enum") ? "string" : "unknown";
    }

    JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                if (depth < MAX_DEPTH && s.has("properties")) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> p = it.next();
                        JsonNode known = KNOWN.get(p.getKey());
                        o.set(p.getKey(), known != null && type(p.getValue()).equals(known.isArray() ? "array"
                                : "string") ? known : sample(p.getValue(), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (depth < MAX_DEPTH && s.has("items")) {
                    a.add(sample(s.get("items"), depth + 1));
                }
                return a;
            }
            case "integer" -> {
                long v = s.has("minimum") ? s.get("minimum").asLong() : 1;
                return F.numberNode(s.has("maximum") ? Math.min(v, s.get("maximum").asLong()) : v);
            }
            case "number" -> {
                return F.numberNode(s.has("minimum") ? s.get("minimum").decimalValue()
                        : new java.math.BigDecimal("10.00"));
            }
            case "boolean" -> {
                return F.booleanNode(true);
            }
            default -> {
                return F.textNode(string(s));
            }
        }
    }

    private static String string(JsonNode s) {
        String format = s.path("format").asText("");
        String v = switch (format) {
            case "date" -> LocalDate.now().minusDays(3).toString();
            case "date-time" -> Instant.now().minusSeconds(3600).toString();
            case "local-time", "time", "partial-time" -> "10:00:00";
            case "uuid" -> UUID.randomUUID().toString();
            default -> s.has("pattern") ? RegexSample.of(s.get("pattern").asText()) : null;
        };
        if (v == null) {
            v = "sample";
        }
        if (s.has("minLength") && v.length() < s.get("minLength").asInt()) {
            v = v + "a".repeat(s.get("minLength").asInt() - v.length());
        }
        if (s.has("maxLength") && v.length() > s.get("maxLength").asInt()) {
            v = v.substring(0, Math.max(1, s.get("maxLength").asInt()));
        }
        return v;
    }

    /** Every field of the sample (depth first), with the type its schema declares. */
    List<Field> fields(JsonNode schema) {
        List<Field> out = new ArrayList<>();
        fields(schema, new ArrayList<>(), out, 0);
        return out;
    }

    private void fields(JsonNode schema, List<Object> path, List<Field> out, int depth) {
        JsonNode s = resolve(schema);
        String type = type(s);
        if (!path.isEmpty()) {
            out.add(new Field(List.copyOf(path), type));
        }
        if (depth >= MAX_DEPTH || s.has("enum")) {
            return;
        }
        if ("object".equals(type) && s.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                path.add(p.getKey());
                fields(p.getValue(), path, out, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if ("array".equals(type) && s.has("items")) {
            path.add(0);
            List<Field> inner = new ArrayList<>();
            fields(s.get("items"), path, inner, depth + 1);
            // the element itself is not a field of its own unless it is a scalar
            inner.stream().filter(f -> !(f.path().size() == path.size() && "object".equals(f.type())))
                    .forEach(out::add);
            path.remove(path.size() - 1);
        }
    }

    /** A string matching a simple regular expression (classes, groups, alternation, quantifiers), or null. */
    static final class RegexSample {
        private final String p;
        private int i;

        private RegexSample(String p) {
            this.p = p;
        }

        static String of(String regex) {
            try {
                String s = new RegexSample(regex).alternation();
                return Pattern.matches(regex, s) ? s : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String alternation() {
            String first = sequence();
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                sequence();
            }
            return first;
        }

        private String sequence() {
            StringBuilder sb = new StringBuilder();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                String atom = atom();
                int times = quantifier();
                sb.append(atom.repeat(times));
            }
            return sb.toString();
        }

        private String atom() {
            char c = p.charAt(i++);
            switch (c) {
                case '(' -> {
                    if (p.startsWith("?:", i)) {
                        i += 2;
                    }
                    String inner = alternation();
                    i++;   // ')'
                    return inner;
                }
                case '[' -> {
                    return charClass();
                }
                case '\\' -> {
                    char e = p.charAt(i++);
                    if (e == 'p' || e == 'P') {
                        i = p.indexOf('}', i) + 1;
                        return "a";
                    }
                    return switch (e) {
                        case 'd' -> "1";
                        case 'w' -> "a";
                        case 's' -> " ";
                        default -> String.valueOf(e);
                    };
                }
                case '.' -> {
                    return "a";
                }
                case '^', '$' -> {
                    return "";
                }
                default -> {
                    return String.valueOf(c);
                }
            }
        }

        private String charClass() {
            boolean negated = i < p.length() && p.charAt(i) == '^';
            if (negated) {
                i++;
            }
            StringBuilder members = new StringBuilder();
            boolean first = true;
            while (i < p.length() && (p.charAt(i) != ']' || first)) {
                first = false;
                char c = p.charAt(i++);
                if (c == '\\') {
                    char e = p.charAt(i++);
                    if (e == 'p' || e == 'P') {
                        i = p.indexOf('}', i) + 1;
                        continue;
                    }
                    members.append(e == 'd' ? '1' : e == 'w' ? 'a' : e == 's' ? ' ' : e);
                } else if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    char to = p.charAt(i + 1);
                    i += 2;
                    for (char x = c; x <= to && members.length() < 200; x++) {
                        members.append(x);
                    }
                } else {
                    members.append(c);
                }
            }
            i++;   // ']'
            if (!negated) {
                return members.isEmpty() ? "a" : String.valueOf(members.charAt(0));
            }
            for (char x : "aAbB1z".toCharArray()) {
                if (members.indexOf(String.valueOf(x)) < 0) {
                    return String.valueOf(x);
                }
            }
            return "q";
        }

        private int quantifier() {
            if (i >= p.length()) {
                return 1;
            }
            char c = p.charAt(i);
            int times;
            switch (c) {
                case '?' -> times = 1;
                case '*', '+' -> times = 3;
                case '{' -> {
                    int end = p.indexOf('}', i);
                    String[] range = p.substring(i + 1, end).split(",", -1);
                    int min = Integer.parseInt(range[0].trim());
                    int max = range.length == 1 ? min : range[1].isBlank() ? Math.max(min, 3)
                            : Integer.parseInt(range[1].trim());
                    times = Math.min(Math.max(min, Math.min(1, max)), max);
                    i = end;
                }
                default -> {
                    return 1;
                }
            }
            i++;
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                i++;   // lazy / possessive
            }
            return times;
        }
    }
}
