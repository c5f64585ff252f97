package org.rcm.platform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Gives a @QuarkusTest a fresh database on a real PostgreSQL; dropped when the application stops. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private String url;

    @Override
    public Map<String, String> start() {
        // the application connects as the database's owner, an ordinary role (not a superuser), so row-level
        // security applies to it as it does in production
        Postgres.Database db = Postgres.createOwnedDatabase("rcm_test");
        url = db.url();
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", db.owner(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (url != null) {
            Postgres.dropDatabase(url);
        }
    }
}
