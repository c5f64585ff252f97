package org.rcm.platform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The resource set of every service test that touches messaging: a real Kafka broker (once per JVM, topics
 * pre-created) and a fresh database on a real PostgreSQL. Using this one resource everywhere keeps the set the
 * same, so Quarkus starts once per module.
 */
public class InfraResource implements QuarkusTestResourceLifecycleManager {
    private final PostgresResource postgres = new PostgresResource();
    private final KafkaResource kafka = new KafkaResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(kafka.start());
        config.putAll(postgres.start());
        return config;
    }

    @Override
    public void stop() {
        postgres.stop();
        kafka.stop();
    }
}
