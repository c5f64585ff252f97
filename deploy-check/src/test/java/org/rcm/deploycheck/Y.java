package org.rcm.deploycheck;

import java.util.List;
import java.util.Map;

/** Navigates parsed YAML by dotted paths ("spec.template.spec.containers"). */
final class Y {
    private Y() {
    }

    static Object get(Object node, String path) {
        Object cur = node;
        for (String part : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> map)) {
                return null;
            }
            cur = map.get(part);
        }
        return cur;
    }

    static String str(Object node, String path) {
        Object v = get(node, path);
        return v == null ? null : String.valueOf(v);
    }

    static int integer(Object node, String path) {
        Object v = get(node, path);
        if (v == null) {
            throw new AssertionError("missing " + path);
        }
        return Integer.parseInt(String.valueOf(v));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String path) {
        Object v = get(node, path);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String path) {
        Object v = get(node, path);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node, String path) {
        return (List<Map<String, Object>>) (List<?>) list(node, path);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstContainer(Map<String, Object> deployment) {
        List<Object> containers = list(deployment, "spec.template.spec.containers");
        return containers.isEmpty() ? Map.of() : (Map<String, Object>) containers.get(0);
    }
}
