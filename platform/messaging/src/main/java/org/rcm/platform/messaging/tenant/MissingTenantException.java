package org.rcm.platform.messaging.tenant;

/** Work was attempted without a verified tenant: a programming or configuration error, never a client choice. */
public class MissingTenantException extends RuntimeException {
    public MissingTenantException() {
        super("no tenant in the verified token or event header");
    }
}
