package org.rcm.platform.messaging.web;

/** Roles carried in the token's groups claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String BILLER = "biller";
    public static final String CODER = "coder";
    public static final String FRONT_DESK = "front-desk";
    public static final String INTEGRATOR = "integrator";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
