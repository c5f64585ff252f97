package org.rcm.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {
    /** Where mailboxes, received files and state live. */
    @WithDefault("target/sandbox-data")
    String dataDir();

    /** A scenario JSON file path, or classpath:NAME. */
    @WithDefault("classpath:scenario-default.json")
    String scenario();

    Sftp sftp();

    /** How often the SFTP inbound folder is scanned. */
    @WithDefault("1s")
    String pollInterval();

    /** Bearer token the REST X12 API requires when set. */
    Optional<String> apiKey();

    interface Sftp {
        @WithDefault("2222")
        int port();

        @WithDefault("127.0.0.1")
        String host();

        @WithDefault("gateway")
        String user();

        @WithDefault("sandbox")
        String password();
    }
}
