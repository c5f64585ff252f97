package org.rcm.gateway.adapter;

import org.rcm.gateway.config.GatewayConfig;

import java.util.List;

/** One trading-partner protocol. Implementations throw {@link PartnerException} on failure. */
public interface PartnerPort {

    /**
     * Sends one interchange. Must be safe to repeat with the same bytes and key after an uncertain send.
     *
     * @return an acknowledgment that came back with the call (REST: the 999 or TA1), or null
     */
    byte[] send(GatewayConfig.Partner partner, String fileName, byte[] content, String idempotencyKey);

    /** Names of files waiting for us (999, 277CA, 835), oldest first. */
    List<String> list(GatewayConfig.Partner partner);

    byte[] fetch(GatewayConfig.Partner partner, String name);

    /** Marks a file processed (moved away) so it is not offered again. */
    void done(GatewayConfig.Partner partner, String name);
}
