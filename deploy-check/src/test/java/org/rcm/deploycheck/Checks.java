package org.rcm.deploycheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each check returns the problems it found (empty = agrees). Tests assert "no problems" on the real files and
 * "this problem" on deliberately broken copies (ChecksCanFailTest).
 */
final class Checks {
    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";

    private Checks() {
    }

    /** One service of docker-compose.yml against its module. */
    static List<String> composeService(Map<String, Object> compose, ServiceModule s) {
        List<String> p = new ArrayList<>();
        Map<String, Object> svc = Y.map(compose, "services." + s.name());
        if (svc.isEmpty()) {
            return List.of(s.name() + ": no service in docker-compose.yml");
        }
        int port = s.httpPort();
        List<String> containerPorts = Y.list(svc, "ports").stream()
                .map(o -> String.valueOf(o).replaceAll("/.*", "")).map(m -> m.substring(m.lastIndexOf(':') + 1))
                .toList();
        if (!containerPorts.contains(String.valueOf(port))) {
            p.add(s.name() + ": compose publishes " + containerPorts + " but quarkus.http.port is " + port);
        }
        String health = String.valueOf(Y.get(svc, "healthcheck.test"));
        if (!health.contains("localhost:" + port + READY)) {
            p.add(s.name() + ": compose healthcheck " + health + " does not probe localhost:" + port + READY);
        }
        Map<String, Object> env = Y.map(svc, "environment");
        ServiceModule.unknown(s, env.keySet())
                .forEach(k -> p.add(s.name() + ": compose env " + k + " maps to no property of the service"));
        String image = Y.str(svc, "image");
        if (image == null || !Repo.imageRepository(image).equals("rcm/" + s.name())) {
            p.add(s.name() + ": compose image " + image + " is not rcm/" + s.name() + ":<tag>");
        }
        if (!("./" + s.name()).equals(Y.str(svc, "build.context"))
                || !"src/main/docker/Dockerfile.jvm".equals(Y.str(svc, "build.dockerfile"))) {
            p.add(s.name() + ": compose build must use ./" + s.name() + " and src/main/docker/Dockerfile.jvm");
        }
        return p;
    }

    /** The Deployment of a service against its module. */
    static List<String> deployment(Map<String, Object> dep, ServiceModule s) {
        List<String> p = new ArrayList<>();
        if (dep == null) {
            return List.of(s.name() + ": no Deployment");
        }
        Map<String, Object> c = Y.firstContainer(dep);
        List<Map<String, Object>> ports = Y.maps(c, "ports");
        Integer http = ports.stream().filter(m -> "http".equals(m.get("name")))
                .map(m -> Integer.valueOf(String.valueOf(m.get("containerPort")))).findFirst().orElse(null);
        if (http == null || http != s.httpPort()) {
            p.add(s.name() + ": Deployment containerPort http=" + http + " but quarkus.http.port is " + s.httpPort());
        }
        p.addAll(probe(s.name(), c, "readinessProbe", READY));
        p.addAll(probe(s.name(), c, "livenessProbe", LIVE));
        if (Y.get(c, "startupProbe") != null) {
            p.addAll(probe(s.name(), c, "startupProbe", "/q/health/started"));
        }
        for (String r : List.of("requests.cpu", "requests.memory", "limits.memory")) {
            if (Y.get(c, "resources." + r) == null) {
                p.add(s.name() + ": Deployment has no resources." + r);
            }
        }
        List<String> envNames = new ArrayList<>();
        for (Map<String, Object> e : Y.maps(c, "env")) {
            String name = String.valueOf(e.get("name"));
            envNames.add(name);
            if (name.contains("PASSWORD") && Y.get(e, "valueFrom.secretKeyRef.name") == null) {
                p.add(s.name() + ": " + name + " must come from a Secret (secretKeyRef), not a value");
            }
        }
        ServiceModule.unknown(s, envNames)
                .forEach(k -> p.add(s.name() + ": Deployment env " + k + " maps to no property of the service"));
        String image = Y.str(c, "image");
        if (image == null || !Repo.imageRepository(image).equals("rcm/" + s.name())) {
            p.add(s.name() + ": Deployment image " + image + " is not rcm/" + s.name() + ":<tag>");
        }
        return p;
    }

    private static List<String> probe(String service, Map<String, Object> c, String kind, String path) {
        String actual = Y.str(c, kind + ".httpGet.path");
        String port = Y.str(c, kind + ".httpGet.port");
        if (!path.equals(actual) || !"http".equals(port)) {
            return List.of(service + ": " + kind + " is " + actual + " on port " + port + ", expected " + path
                    + " on port http");
        }
        return List.of();
    }

    /** Keys of a ConfigMap that a service reads through envFrom. */
    static List<String> configMapKeys(Map<String, Object> configMap, ServiceModule s) {
        List<String> p = new ArrayList<>();
        Set<String> keys = Y.map(configMap, "data").keySet();
        ServiceModule.unknown(s, keys).forEach(k -> p.add(s.name() + ": ConfigMap " + Y.str(configMap,
                "metadata.name") + " key " + k + " maps to no property of the service"));
        keys.stream().filter(k -> k.contains("PASSWORD"))
                .forEach(k -> p.add(s.name() + ": ConfigMap holds " + k + ": passwords belong in a Secret"));
        return p;
    }

    /** Topics without a KafkaTopic (or compose topic). */
    static List<String> missingTopics(Collection<String> required, Collection<String> present, String where) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(present);
        return missing.stream().map(t -> "topic " + t + " has no entry in " + where).toList();
    }

    static List<String> kafkaTopic(Map<String, Object> topic) {
        List<String> p = new ArrayList<>();
        String name = Y.str(topic, "spec.topicName");
        if (name == null || !name.equals(Y.str(topic, "metadata.name"))) {
            p.add("KafkaTopic " + Y.str(topic, "metadata.name") + ": spec.topicName " + name + " differs");
        }
        if (Y.integer(topic, "spec.replicas") != 3) {
            p.add("KafkaTopic " + name + ": replicas " + Y.get(topic, "spec.replicas") + ", expected 3");
        }
        if (!"2".equals(String.valueOf(Y.map(topic, "spec.config").get("min.insync.replicas")))) {
            p.add("KafkaTopic " + name + ": min.insync.replicas must be 2");
        }
        if (Y.integer(topic, "spec.partitions") < 1) {
            p.add("KafkaTopic " + name + ": no partitions");
        }
        if (!"rcm-kafka".equals(Y.map(topic, "metadata.labels").get("strimzi.io/cluster"))) {
            p.add("KafkaTopic " + name + ": label strimzi.io/cluster must name the Kafka cluster rcm-kafka");
        }
        return p;
    }

    /** A consumer group cannot use more members than the partitions of the topics it reads. */
    static List<String> replicasWithinPartitions(String service, String what, int maxReplicas,
            Collection<String> consumed, Map<String, Integer> partitions) {
        List<String> p = new ArrayList<>();
        for (String topic : consumed) {
            Integer n = partitions.get(topic);
            if (n != null && maxReplicas > n) {
                p.add(service + ": " + what + " max " + maxReplicas + " exceeds the " + n + " partitions of " + topic);
            }
        }
        return p;
    }

    /** The HPA scales the service's Deployment; the PDB selects its pods. */
    static List<String> hpaAndPdb(String service, Map<String, Object> hpa, Map<String, Object> pdb,
            Map<String, Object> dep) {
        List<String> p = new ArrayList<>();
        if (hpa == null) {
            p.add(service + ": no HorizontalPodAutoscaler");
        } else if (!"Deployment".equals(Y.str(hpa, "spec.scaleTargetRef.kind"))
                || !service.equals(Y.str(hpa, "spec.scaleTargetRef.name"))) {
            p.add(service + ": HPA does not target Deployment " + service);
        } else if (Y.integer(hpa, "spec.minReplicas") > Y.integer(hpa, "spec.maxReplicas")) {
            p.add(service + ": HPA minReplicas > maxReplicas");
        }
        if (pdb == null) {
            p.add(service + ": no PodDisruptionBudget");
        } else if (dep != null) {
            Map<String, Object> selector = Y.map(pdb, "spec.selector.matchLabels");
            Map<String, Object> labels = Y.map(dep, "spec.template.metadata.labels");
            if (selector.isEmpty() || !labels.entrySet().containsAll(selector.entrySet())) {
                p.add(service + ": PDB selector " + selector + " does not select the pods " + labels);
            }
        }
        return p;
    }
}
