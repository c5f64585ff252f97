package org.rcm.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.rcm.sandbox.engine.Clearinghouse;
import org.rcm.sandbox.engine.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Builds the transport-independent clearinghouse core from configuration. */
@ApplicationScoped
public class SandboxCore {

    @Produces
    @Singleton
    Clearinghouse clearinghouse(SandboxConfig config) {
        try {
            return new Clearinghouse(Path.of(config.dataDir()).toAbsolutePath(), Scenario.load(config.scenario()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load scenario " + config.scenario(), e);
        }
    }
}
