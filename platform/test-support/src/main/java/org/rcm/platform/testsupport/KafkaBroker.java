package org.rcm.platform.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.rcm.platform.events.Topics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The one broker of this JVM, started on first use: an external one when RCM_KAFKA_BOOTSTRAP is set, a
 * Testcontainers Kafka when a Docker engine is there, otherwise a real broker inside this JVM.
 */
public final class KafkaBroker {
    private static String bootstrap;
    private static AutoCloseable handle;
    private static long startMillis;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrap == null) {
            long t0 = System.nanoTime();
            String external = System.getenv("RCM_KAFKA_BOOTSTRAP");
            if (external != null && !external.isBlank()) {
                bootstrap = external;
            } else if (dockerAvailable()) {
                bootstrap = ContainerKafka.start();
            } else {
                InJvmKafka kafka = InJvmKafka.start();
                handle = kafka;
                bootstrap = kafka.bootstrapServers();
            }
            createTopics(Topics.all(), 3);
            startMillis = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[test-support] Kafka broker ready at %s in %d ms%n", bootstrap, startMillis);
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop, "kafka-broker-stop"));
        }
        return bootstrap;
    }

    public static long startMillis() {
        return startMillis;
    }

    public static synchronized void stop() {
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception ignored) {
                // shutting down
            }
            handle = null;
            bootstrap = null;
        }
    }

    public static void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> wanted = topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            for (NewTopic topic : wanted) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("RCM_TEST_DOCKER"))
                || !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        return ContainerKafka.dockerAvailable();
    }
}
