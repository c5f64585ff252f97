package org.rcm.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Trading partners and routing. A claim goes to the partner of its clearinghouse payer id, else the default. */
@ConfigMapping(prefix = "rcm.gateway")
public interface GatewayConfig {
    String defaultPartner();

    /** Schedules (read by the @Scheduled jobs): batching, sending, polling partners, ACK-overdue check. */
    String batchInterval();

    String sendInterval();

    String pollInterval();

    String overdueInterval();

    /** Optional: clearinghouse payer id → partner id. */
    Map<String, String> payerRoutes();

    String eligibilityPartner();

    /** Tenant id put on partner-level alerts (InboundFileRejected), which belong to no single tenant. */
    @WithDefault("operations")
    String operationsTenant();

    Map<String, Partner> partners();

    interface Partner {
        /** sftp (batch files) or rest (X12 over HTTPS). */
        String protocol();

        Optional<String> host();

        @WithDefault("22")
        int port();

        Optional<String> user();

        Optional<String> password();

        @WithDefault("inbound")
        String inboundDir();

        @WithDefault("outbound")
        String outboundDir();

        /** REST X12 API base URL. */
        Optional<String> baseUrl();

        /** Real-time 270/271 endpoint for SFTP partners (REST partners use their base URL). */
        Optional<String> realtimeUrl();

        Optional<String> apiKey();

        @WithDefault("ZZ")
        String senderQualifier();

        @WithDefault("RCMSUBMITTER")
        String senderId();

        @WithDefault("ZZ")
        String receiverQualifier();

        @WithDefault("SANDBOXCH")
        String receiverId();

        @WithDefault("RCM BILLING")
        String submitterName();

        @WithDefault("BILLING OFFICE")
        String submitterContact();

        @WithDefault("5555550100")
        String submitterPhone();

        @WithDefault("SANDBOX CLEARINGHOUSE")
        String receiverName();

        @WithDefault("false")
        boolean production();

        @WithDefault("100")
        int batchMaxClaims();

        /** A queued claim waits at most this long for more claims of its batch. */
        @WithDefault("PT5M")
        Duration batchMaxWait();

        /** A batch without 999 after this long is overdue. */
        @WithDefault("PT24H")
        Duration ackSla();

        @WithDefault("PT10S")
        Duration timeout();

        /** Retries inside one send attempt (with exponential backoff and jitter). */
        @WithDefault("2")
        int retries();

        @WithDefault("PT0.3S")
        Duration retryDelay();

        /** Send attempts (scheduler ticks) before a batch is SEND_FAILED and needs a person. */
        @WithDefault("20")
        int maxAttempts();

        @WithDefault("PT30S")
        Duration circuitDelay();
    }
}
