package org.rcm.platform.messaging.resilience;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class OutageTest {
    @Test
    void lostConnectionsAndServerRestartsAreOutages() {
        assertThat(Outage.isOutage(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(Outage.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(Outage.isOutage(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Outage.isOutage(new IllegalStateException("wrapped",
                new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(Outage.isOutage(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(Outage.isOutage(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
    }

    @Test
    void failuresOfTheWorkItselfAreNot() {
        assertThat(Outage.isOutage(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(Outage.isOutage(new SQLException("value too long", "22001"))).isFalse();
        assertThat(Outage.isOutage(new IllegalArgumentException("no such payer"))).isFalse();
        assertThat(Outage.isOutage(null)).isFalse();
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Outage.isOutage(a)).isFalse();
    }
}
