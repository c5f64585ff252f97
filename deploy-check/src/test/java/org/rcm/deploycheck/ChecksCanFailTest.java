package org.rcm.deploycheck;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The same checks on deliberately broken copies of the real files: each break must be reported. */
class ChecksCanFailTest {
    private static final ServiceModule CLAIM = ServiceModule.load(Repo.root(), "claim-service");

    @Test
    void aWrongComposePortIsCaught() {
        Map<String, Object> compose = ComposeTest.compose();
        Map<String, Object> svc = new LinkedHashMap<>(Y.map(compose, "services.claim-service"));
        svc.put("ports", List.of("8083:8080"));
        assertThat(Checks.composeService(withService(compose, svc), CLAIM))
                .anyMatch(p -> p.contains("quarkus.http.port is 8083"));
    }

    @Test
    void aMistypedEnvironmentKeyIsCaught() {
        Map<String, Object> compose = ComposeTest.compose();
        Map<String, Object> svc = new LinkedHashMap<>(Y.map(compose, "services.claim-service"));
        Map<String, Object> env = new LinkedHashMap<>(Y.map(svc, "environment"));
        env.remove("KAFKA_BOOTSTRAP_SERVERS");
        env.put("KAFKA_BOOTSTRAP_SERVER", "kafka:9092");
        svc.put("environment", env);
        assertThat(Checks.composeService(withService(compose, svc), CLAIM))
                .containsExactly("claim-service: compose env KAFKA_BOOTSTRAP_SERVER maps to no property of the service");
    }

    @Test
    void aWrongContainerPortProbePathOrPlainPasswordIsCaught() {
        Map<String, Object> dep = Repo.named(KubernetesBaseTest.BASE, "Deployment", "claim-service");
        assertThat(Checks.deployment(dep, CLAIM)).isEmpty();
        String yaml = new org.yaml.snakeyaml.Yaml().dump(dep)
                .replace("containerPort: 8083", "containerPort: 8080")
                .replace("/q/health/ready", "/health");
        Map<String, Object> broken = Repo.yamlDocs(yaml).get(0);
        Map<String, Object> container = Y.firstContainer(broken);
        List<Object> env = new ArrayList<>(Y.list(container, "env"));
        env.add(Map.of("name", "QUARKUS_DATASOURCE_PASSWORD", "value", "secret"));
        container.put("env", env);
        assertThat(Checks.deployment(broken, CLAIM)).hasSize(3)
                .anyMatch(p -> p.contains("containerPort http=8080"))
                .anyMatch(p -> p.contains("readinessProbe is /health"))
                .anyMatch(p -> p.contains("QUARKUS_DATASOURCE_PASSWORD must come from a Secret"));
    }

    @Test
    void aConsumedTopicWithoutKafkaTopicAndTooManyReplicasAreCaught() {
        Map<String, Integer> partitions = new HashMap<>(KubernetesBaseTest.partitions(KubernetesBaseTest.BASE));
        partitions.remove("rcm.denial-resolved");
        assertThat(Checks.missingTopics(CLAIM.incomingTopics(), partitions.keySet(), "topics.yaml"))
                .containsExactly("topic rcm.denial-resolved has no entry in topics.yaml");
        assertThat(Checks.replicasWithinPartitions("claim-service", "HPA", 13, Set.of("rcm.claim-denied"),
                Map.of("rcm.claim-denied", 12))).hasSize(1);
    }

    @Test
    void aKafkaTopicWithReplicationOneIsCaught() {
        Map<String, Object> topic = Repo.yamlDocs("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: rcm.x, labels: {strimzi.io/cluster: rcm-kafka}}
                spec: {topicName: rcm.x, partitions: 3, replicas: 1, config: {min.insync.replicas: 1}}
                """).get(0);
        assertThat(Checks.kafkaTopic(topic)).hasSize(2);
    }

    @Test
    void aMissingHpaOrAPdbThatSelectsNothingIsCaught() {
        Map<String, Object> dep = Repo.named(KubernetesBaseTest.BASE, "Deployment", "claim-service");
        Map<String, Object> pdb = Repo.yamlDocs("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: claim-service}
                spec: {maxUnavailable: 1, selector: {matchLabels: {app: claim}}}
                """).get(0);
        assertThat(Checks.hpaAndPdb("claim-service", null, pdb, dep)).hasSize(2);
    }

    @Test
    void aDockerfileRunningAsRootOnAnotherPortIsCaught() {
        String text = """
                FROM registry.access.redhat.com/ubi8/openjdk-17-runtime:1.23
                COPY target/quarkus-app/lib/ /deployments/lib/
                COPY target/quarkus-app/app/ /deployments/app/
                COPY target/quarkus-app/quarkus/ /deployments/quarkus/
                EXPOSE 8080
                ENV JAVA_APP_JAR=/deployments/quarkus-run.jar
                """;
        assertThat(DockerfileTest.dockerfile("claim-service", text, 8083)).hasSize(2);
    }

    private static Map<String, Object> withService(Map<String, Object> compose, Map<String, Object> svc) {
        Map<String, Object> services = new LinkedHashMap<>(Y.map(compose, "services"));
        services.put("claim-service", svc);
        Map<String, Object> copy = new LinkedHashMap<>(compose);
        copy.put("services", services);
        return copy;
    }
}
