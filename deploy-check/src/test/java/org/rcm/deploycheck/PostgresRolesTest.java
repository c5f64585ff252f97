package org.rcm.deploycheck;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs deploy/compose/postgres-init.sql inside one transaction on the local PostgreSQL and rolls it back: the
 * migration role can create tables, the app role can only use them and sees no other schema.
 * Skipped when no server answers on -Ddeploycheck.pg.url (default 127.0.0.1:5432, user postgres).
 */
class PostgresRolesTest {

    @Test
    void appRoleHasRowAccessOnlyMigrationRoleOwnsTheSchema() throws Exception {
        String sql = Files.readString(Repo.root().resolve("deploy/compose/postgres-init.sql"));
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                Assumptions.assumeFalse(st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'claim_app'").next(),
                        "roles of postgres-init.sql already exist on this server");
                st.execute(sql);
                st.execute("SET ROLE claim_migrator");
                st.execute("CREATE TABLE claim.probe (id bigserial PRIMARY KEY, v text)");
                st.execute("SET ROLE coding_migrator");
                st.execute("CREATE TABLE coding.probe (id bigserial PRIMARY KEY)");
                st.execute("RESET ROLE");
                st.execute("SET ROLE claim_app");
                assertThat(st.executeUpdate("INSERT INTO claim.probe (v) VALUES ('x')")).isEqualTo(1);
                assertThat(st.executeUpdate("DELETE FROM claim.probe")).isEqualTo(1);
                st.execute("SAVEPOINT ddl");
                assertThatThrownBy(() -> st.execute("CREATE TABLE claim.nope (id int)"))
                        .hasMessageContaining("permission denied");
                st.execute("ROLLBACK TO SAVEPOINT ddl");
                assertThatThrownBy(() -> st.execute("SELECT * FROM coding.probe"))
                        .hasMessageContaining("permission denied");
            } finally {
                c.rollback();
            }
        }
    }

    private static Connection connect() {
        String url = System.getProperty("deploycheck.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        try {
            return DriverManager.getConnection(url, System.getProperty("deploycheck.pg.user", "postgres"),
                    System.getProperty("deploycheck.pg.password", ""));
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at " + url + ": " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }
}
