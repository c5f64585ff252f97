package org.rcm.deploycheck;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/base and deploy/components, read as plain YAML (no cluster, no kustomize needed). */
class KubernetesBaseTest {
    static final Path DEPLOY = Repo.root().resolve("deploy");
    static final List<Map<String, Object>> BASE = Repo.manifests(DEPLOY.resolve("base"));

    @Test
    void everyStageHasDeploymentServiceConfigMapHpaAndPdbThatAgreeWithItsModule() {
        Map<String, Object> common = Repo.named(BASE, "ConfigMap", "rcm-common");
        assertThat(common).as("ConfigMap rcm-common").isNotNull();
        List<String> problems = new ArrayList<>();
        for (ServiceModule s : Repo.stages()) {
            Map<String, Object> dep = Repo.named(BASE, "Deployment", s.name());
            problems.addAll(Checks.deployment(dep, s));
            problems.addAll(Checks.hpaAndPdb(s.name(), Repo.named(BASE, "HorizontalPodAutoscaler", s.name()),
                    Repo.named(BASE, "PodDisruptionBudget", s.name()), dep));
            problems.addAll(Checks.configMapKeys(common, s));
            Map<String, Object> own = Repo.named(BASE, "ConfigMap", s.name() + "-config");
            if (own == null) {
                problems.add(s.name() + ": no ConfigMap " + s.name() + "-config");
            } else {
                problems.addAll(Checks.configMapKeys(own, s));
            }
            Map<String, Object> svc = Repo.named(BASE, "Service", s.name());
            if (svc == null || Y.maps(svc, "spec.ports").stream().noneMatch(
                    p -> String.valueOf(s.httpPort()).equals(String.valueOf(p.get("port")))
                            && "http".equals(p.get("targetPort")))) {
                problems.add(s.name() + ": Service must expose port " + s.httpPort() + " to targetPort http");
            }
            if (dep != null) {
                List<String> refs = Y.maps(Y.firstContainer(dep), "envFrom").stream()
                        .map(e -> Y.str(e, "configMapRef.name")).toList();
                if (!refs.contains("rcm-common") || !refs.contains(s.name() + "-config")) {
                    problems.add(s.name() + ": Deployment must read ConfigMaps rcm-common and " + s.name()
                            + "-config, reads " + refs);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void imagesAreTheSameRepositoriesAsInDockerCompose() {
        Map<String, Object> compose = ComposeTest.compose();
        for (ServiceModule s : Repo.stages()) {
            String k8s = Repo.imageRepository(Y.str(Y.firstContainer(Repo.named(BASE, "Deployment", s.name())),
                    "image"));
            String dc = Repo.imageRepository(Y.str(compose, "services." + s.name() + ".image"));
            assertThat(k8s).as(s.name()).isEqualTo(dc);
        }
    }

    @Test
    void overlaysRetagOnlyImagesTheBaseOrTheOverlayUses() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Map<String, Object> m : Repo.manifests(DEPLOY)) {
            if ("Deployment".equals(m.get("kind"))) {
                used.add(Repo.imageRepository(Y.str(Y.firstContainer(m), "image")));
            }
        }
        try (var dirs = Files.list(DEPLOY.resolve("overlays"))) {
            for (Path overlay : dirs.toList()) {
                Map<String, Object> k = Repo.yaml(overlay.resolve("kustomization.yaml"));
                for (Map<String, Object> image : Y.maps(k, "images")) {
                    assertThat(used).as(overlay.getFileName() + " images").contains(String.valueOf(image.get("name")));
                }
            }
        }
    }

    @Test
    void everyCatalogueAndConsumedTopicHasAKafkaTopicReplicatedThreeTimesWithMinIsrTwo() {
        List<Map<String, Object>> topics = Repo.ofKind(BASE, "KafkaTopic");
        List<String> problems = new ArrayList<>();
        topics.forEach(t -> problems.addAll(Checks.kafkaTopic(t)));
        problems.addAll(Checks.missingTopics(Repo.requiredTopics(), partitions(BASE).keySet(),
                "deploy/base/kafka/topics.yaml"));
        assertThat(problems).isEmpty();

        Map<String, Object> kafka = Repo.ofKind(BASE, "Kafka").get(0);
        Map<String, Object> config = Y.map(kafka, "spec.kafka");
        config = Y.map(config, "config");
        assertThat(String.valueOf(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(Y.map(kafka, "metadata.annotations")).containsEntry("strimzi.io/kraft", "enabled");
        int brokers = Repo.ofKind(BASE, "KafkaNodePool").stream()
                .filter(p -> Y.list(p, "spec.roles").contains("broker")).mapToInt(p -> Y.integer(p, "spec.replicas"))
                .sum();
        assertThat(brokers).as("brokers for replication factor 3").isGreaterThanOrEqualTo(3);
    }

    @Test
    void baseHpasStayWithinThePartitionsOfTheTopicsEachStageConsumes() {
        Map<String, Integer> partitions = partitions(BASE);
        List<String> problems = new ArrayList<>();
        for (ServiceModule s : Repo.stages()) {
            Map<String, Object> hpa = Repo.named(BASE, "HorizontalPodAutoscaler", s.name());
            problems.addAll(Checks.replicasWithinPartitions(s.name(), "HPA", Y.integer(hpa, "spec.maxReplicas"),
                    s.incomingTopics(), partitions));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void singletonStagesAreNeverScaledOrRolledTwoAtATime() {
        for (Map<String, Object> dep : Repo.ofKind(BASE, "Deployment")) {
            if ("true".equals(Y.map(dep, "metadata.annotations").get("rcm.org/singleton"))) {
                String name = Y.str(dep, "metadata.name");
                assertThat(Y.integer(dep, "spec.replicas")).as(name).isEqualTo(1);
                assertThat(Y.str(dep, "spec.strategy.type")).as(name).isEqualTo("Recreate");
                assertThat(Y.integer(Repo.named(BASE, "HorizontalPodAutoscaler", name), "spec.maxReplicas"))
                        .as(name).isEqualTo(1);
            }
        }
    }

    @Test
    void kedaScaledObjectsFollowEachStagesConsumerGroupAndTopics() {
        List<Map<String, Object>> scaled = Repo.ofKind(Repo.manifests(DEPLOY.resolve("components")), "ScaledObject");
        assertThat(scaled).isNotEmpty();
        Map<String, Integer> partitions = partitions(BASE);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> so : scaled) {
            String name = Y.str(so, "metadata.name");
            ServiceModule s = ServiceModule.load(Repo.root(), name);
            Set<String> topics = new TreeSet<>();
            for (Map<String, Object> t : Y.maps(so, "spec.triggers")) {
                topics.add(Y.str(t, "metadata.topic"));
                if (!name.equals(Y.str(t, "metadata.consumerGroup"))) {
                    problems.add(name + ": trigger consumerGroup " + Y.str(t, "metadata.consumerGroup")
                            + " is not the service's group.id " + name);
                }
            }
            if (!topics.equals(s.incomingTopics())) {
                problems.add(name + ": KEDA triggers " + topics + " differ from incoming topics " + s.incomingTopics());
            }
            problems.addAll(Checks.replicasWithinPartitions(name, "ScaledObject",
                    Y.integer(so, "spec.maxReplicaCount"), topics, partitions));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyResourceFileIsListedInItsKustomization() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path k : Repo.yamlFiles(DEPLOY).stream().filter(p -> p.endsWith("kustomization.yaml")).toList()) {
            Path dir = k.getParent();
            List<String> listed = new ArrayList<>();
            Y.list(Repo.yaml(k), "resources").forEach(r -> listed.add(String.valueOf(r)));
            Y.list(Repo.yaml(k), "components").forEach(r -> listed.add(String.valueOf(r)));
            for (String r : listed) {
                if (!Files.exists(dir.resolve(r))) {
                    problems.add(DEPLOY.relativize(k) + ": " + r + " does not exist");
                }
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    String n = f.getFileName().toString();
                    if (!n.equals("kustomization.yaml") && !listed.contains(n)) {
                        problems.add(DEPLOY.relativize(f) + " is not listed in its kustomization.yaml");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static Map<String, Integer> partitions(List<Map<String, Object>> manifests) {
        Map<String, Integer> out = new HashMap<>();
        for (Map<String, Object> t : Repo.ofKind(manifests, "KafkaTopic")) {
            out.put(Y.str(t, "spec.topicName"), Y.integer(t, "spec.partitions"));
        }
        return out;
    }
}
