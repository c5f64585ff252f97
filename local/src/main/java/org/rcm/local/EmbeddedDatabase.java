package org.rcm.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL server (zonky binaries) owned by the local stack. Started on a data directory of its
 * own it can be stopped and started again on the same data and port (the fault suite restarts it under load).
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final String SETTING_PREFIX = "rcm.local.pg.";
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedDatabase start() {
        try {
            return new EmbeddedDatabase(configured(EmbeddedPostgres.builder()).start(), null);
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    /** A server whose data outlives it, so {@link #restart()} keeps every row. */
    static EmbeddedDatabase startRestartable(Path dataDirectory) {
        try {
            return new EmbeddedDatabase(builder(dataDirectory, 0).start(), dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder b = configured(EmbeddedPostgres.builder()).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        return port == 0 ? b : b.setPort(port);
    }

    /**
     * The embedded server's library turns {@code synchronous_commit} off (a test default): a commit would then be
     * acknowledged before its WAL is on disk, and a crash could lose effects whose Kafka offsets were already
     * committed. The stack runs as production does, with it on, unless {@code -Drcm.local.synchronous-commit=off}.
     */
    private static EmbeddedPostgres.Builder configured(EmbeddedPostgres.Builder b) {
        b.setServerConfig("synchronous_commit", System.getProperty("rcm.local.synchronous-commit", "on"));
        // any server setting for a measurement: -Drcm.local.pg.shared_buffers=1GB, or several at once with
        // -Drcm.local.pg-settings=log_autovacuum_min_duration=0,logging_collector=on,log_directory=/tmp/pglog
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(SETTING_PREFIX) && name.length() > SETTING_PREFIX.length()) {
                b.setServerConfig(name.substring(SETTING_PREFIX.length()), System.getProperty(name));
            }
        }
        for (String setting : System.getProperty("rcm.local.pg-settings", "").split(",")) {
            int eq = setting.indexOf('=');
            if (eq > 0) {
                b.setServerConfig(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
            }
        }
        if (Boolean.getBoolean("rcm.local.pg-stat-statements")) {
            // statement statistics for the benchmark's report (-Drcm.bench.statements=true)
            b.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        return b;
    }

    /** Stops the server (fast shutdown: open connections are cut) and starts it again on the same data and port. */
    synchronized void restart(Runnable whileDown) {
        if (dataDirectory == null) {
            throw new IllegalStateException("this embedded PostgreSQL was not started restartable");
        }
        int port = postgres.getPort();
        close();
        whileDown.run();
        try {
            postgres = builder(dataDirectory, port).start();
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start again", e);
        }
    }

    /** Creates a database owned by a new ordinary login role, so row-level security applies to the services. */
    String createDatabase(String name, String owner) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOBYPASSRLS");
            s.execute("CREATE DATABASE " + name + " OWNER " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
    }

    @Override
    public synchronized void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // shutting down
        }
    }
}
