package org.rcm.platform.messaging.tenant;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets the PostgreSQL setting {@code app.tenant_id} on every connection handed to the application, so the row-level
 * security policies confine native SQL as well as Hibernate to the current tenant. Every checkout sets it (to the
 * empty string for work without a tenant), so a connection never carries an earlier borrower's tenant into new work;
 * clearing it again on return would be a second round trip per transaction that protects nothing.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {
    private static final String SET = "SELECT set_config('app.tenant_id', ?, false)";

    @Inject
    TenantContext tenants;

    @Override
    public void onConnectionAcquire(Connection connection) {
        set(connection, tenants.currentOrNull());
    }

    private static void set(Connection connection, String tenant) {
        try (PreparedStatement ps = connection.prepareStatement(SET)) {
            ps.setString(1, tenant == null ? "" : tenant);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the tenant of the database session", e);
        }
    }
}
