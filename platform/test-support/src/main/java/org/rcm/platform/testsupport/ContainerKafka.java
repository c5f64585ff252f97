package org.rcm.platform.testsupport;

/**
 * Kafka in a container, for machines with a Docker engine. Loaded reflectively-safe: the Testcontainers classes
 * are only touched when a Docker socket exists.
 */
final class ContainerKafka {
    private static org.testcontainers.kafka.KafkaContainer container;

    private ContainerKafka() {
    }

    static boolean dockerAvailable() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static String start() {
        container = new org.testcontainers.kafka.KafkaContainer("apache/kafka-native:4.1.1");
        container.start();
        return container.getBootstrapServers();
    }
}
