package org.rcm.platform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Gives a @QuarkusTest a fresh database on a real PostgreSQL; dropped when the application stops. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private String url;

    @Override
    public Map<String, String> start() {
        url = Postgres.createDatabase("rcm_test");
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", Postgres.user(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (url != null) {
            Postgres.dropDatabase(url);
        }
    }
}
