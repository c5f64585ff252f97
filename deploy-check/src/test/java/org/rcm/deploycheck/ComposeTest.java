package org.rcm.deploycheck;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeTest {
    static Map<String, Object> compose() {
        return Repo.yaml(Repo.root().resolve("docker-compose.yml"));
    }

    @Test
    void everyServiceAndTheSandboxAgreeWithTheirModules() {
        Map<String, Object> compose = compose();
        List<String> problems = new ArrayList<>();
        Repo.modules().forEach(s -> problems.addAll(Checks.composeService(compose, s)));
        assertThat(problems).isEmpty();
    }

    @Test
    void stagesWaitForHealthyInfrastructureAndCreatedTopics() {
        Map<String, Object> compose = compose();
        assertThat(Y.str(compose, "services.kafka.image")).startsWith("apache/kafka:");
        assertThat(String.valueOf(Y.get(compose, "services.kafka.environment.KAFKA_PROCESS_ROLES")))
                .isEqualTo("broker,controller");
        for (String infra : List.of("kafka", "postgres")) {
            assertThat(Y.get(compose, "services." + infra + ".healthcheck.test")).as(infra).isNotNull();
        }
        for (ServiceModule s : Repo.stages()) {
            Map<String, Object> svc = Y.map(compose, "services." + s.name());
            assertThat(Y.str(svc, "depends_on.postgres.condition")).as(s.name()).isEqualTo("service_healthy");
            assertThat(Y.str(svc, "depends_on.kafka-init.condition")).as(s.name())
                    .isEqualTo("service_completed_successfully");
            assertThat(Y.str(svc, "environment.KAFKA_BOOTSTRAP_SERVERS")).as(s.name())
                    .isIn(advertisedInternalListeners(compose));
        }
    }

    @Test
    void eachStageLogsInWithItsOwnRolesOnItsOwnSchema() throws Exception {
        Map<String, Object> compose = compose();
        String sql = Files.readString(Repo.root().resolve("deploy/compose/postgres-init.sql"));
        for (ServiceModule s : Repo.stages()) {
            String schema = s.schema();
            Map<String, Object> env = Y.map(compose, "services." + s.name() + ".environment");
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).as(s.name()).isEqualTo(schema + "_app");
            assertThat(env.get("QUARKUS_FLYWAY_USERNAME")).as(s.name()).isEqualTo(schema + "_migrator");
            assertThat(sql).contains("CREATE SCHEMA " + schema + " AUTHORIZATION " + schema + "_migrator;")
                    .contains("CREATE ROLE " + schema + "_app LOGIN PASSWORD '" + env.get("QUARKUS_DATASOURCE_PASSWORD")
                            + "';")
                    .contains("CREATE ROLE " + schema + "_migrator LOGIN PASSWORD '"
                            + env.get("QUARKUS_FLYWAY_PASSWORD") + "';")
                    .containsPattern("ARRAY\\[[^]]*'" + schema + "'");
            assertThat(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
        }
    }

    @Test
    void composeCreatesEveryCatalogueAndConsumedTopic() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(Repo.root().resolve("deploy/compose/topics.txt"))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] parts = t.split("\\s+");
                assertThat(Integer.parseInt(parts[1])).as(parts[0]).isPositive();
                listed.add(parts[0]);
            }
        }
        assertThat(Checks.missingTopics(Repo.requiredTopics(), listed, "deploy/compose/topics.txt")).isEmpty();
        assertThat(String.valueOf(Y.get(compose(), "services.kafka.environment.KAFKA_AUTO_CREATE_TOPICS_ENABLE")))
                .isEqualTo("false");
    }

    /** host:port of the listeners the broker advertises to other containers. */
    static Set<String> advertisedInternalListeners(Map<String, Object> compose) {
        Set<String> out = new TreeSet<>();
        String advertised = Y.str(compose, "services.kafka.environment.KAFKA_ADVERTISED_LISTENERS");
        for (String l : advertised.split(",")) {
            String hostPort = l.substring(l.indexOf("://") + 3);
            if (!hostPort.startsWith("localhost")) {
                out.add(hostPort);
            }
        }
        return out;
    }
}
