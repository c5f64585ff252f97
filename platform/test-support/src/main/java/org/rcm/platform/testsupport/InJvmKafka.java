package org.rcm.platform.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real Kafka broker (KRaft, one combined broker+controller node) running inside this JVM. This is Kafka's own
 * test kit, an internal API: it stays behind this one class.
 */
public final class InJvmKafka implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private InJvmKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static InJvmKafka start() {
        // a broker fault must not end the JVM that hosts the tests or the local stack
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("in-JVM Kafka asked to exit(" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("in-JVM Kafka asked to halt(" + code + "): " + message);
        });
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            KafkaClusterTestKit cluster = null;
            try {
                TestKitNodes nodes = new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build();
                cluster = new KafkaClusterTestKit.Builder(nodes)
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "4")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                        .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                return new InJvmKafka(cluster);
            } catch (Exception e) {
                last = new IllegalStateException("in-JVM Kafka did not start (attempt " + attempt + ")", e);
                closeQuietly(cluster);
            }
        }
        throw last;
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() {
        closeQuietly(cluster);
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }
}
