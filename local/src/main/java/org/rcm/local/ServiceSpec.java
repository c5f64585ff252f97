package org.rcm.local;

import java.nio.file.Path;
import java.util.List;

/** One runnable service of the stack: its module folder, default HTTP port and database schema. */
public record ServiceSpec(String name, int defaultPort, String schema) {

    /** The six stages and the sandbox clearinghouse, in start order. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("sandbox", 8090, "sandbox"),
            new ServiceSpec("coding-service", 8081, "coding"),
            new ServiceSpec("eligibility-service", 8082, "eligibility"),
            new ServiceSpec("claim-service", 8083, "claim"),
            new ServiceSpec("clearinghouse-gateway", 8084, "gateway"),
            new ServiceSpec("remittance-service", 8085, "remittance"),
            new ServiceSpec("denial-service", 8086, "denial"));

    public Path jar(Path repo) {
        return repo.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }
}
