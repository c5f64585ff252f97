package org.rcm.bench.pipeline;

import org.rcm.local.LocalStack;
import org.rcm.local.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time used by each process of the local stack (Linux /proc): every service JVM, the PostgreSQL server (the
 * postmaster listening on the stack's port, its live backends and the backends it has reaped) and this JVM (the
 * in-JVM Kafka broker plus the load driver). Two snapshots give the CPU each part spent between them, which divided
 * by the sessions of the run is the CPU cost of a session per stage, and the cores divided by the total is the rate
 * the machine can sustain at that cost.
 */
final class CpuMeter {
    static final String POSTGRES = "postgresql";
    static final String DRIVER = "broker + load driver (bench JVM)";
    private static final double TICKS_PER_SECOND = 100.0;   // USER_HZ on Linux

    private final LocalStack stack;
    private final long postmaster;

    CpuMeter(LocalStack stack) {
        this.stack = stack;
        this.postmaster = findPostmaster(port(stack.databaseUrl()));
    }

    boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    /** Seconds of CPU (user + system) used so far, per part of the stack. */
    Map<String, Double> snapshot() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (ServiceProcess p : stack.services()) {
            cpu.put(p.spec().name(), seconds(p.pid(), false));
        }
        if (postmaster > 0) {
            double pg = seconds(postmaster, true);
            pg += ProcessHandle.of(postmaster).map(h -> h.descendants().mapToDouble(d -> seconds(d.pid(), false)).sum())
                    .orElse(0.0);
            cpu.put(POSTGRES, pg);
        }
        cpu.put(DRIVER, seconds(ProcessHandle.current().pid(), false));
        return cpu;
    }

    /**
     * PostgreSQL's CPU seconds so far by kind of process: the backends serving the services' connections, autovacuum,
     * the WAL writer, the checkpointer and background writer, and processes that already ended (reaped by the
     * postmaster: mostly autovacuum workers). Tells whether the database's cost is the statements or the upkeep.
     */
    Map<String, Double> postgresParts() {
        Map<String, Double> parts = new LinkedHashMap<>();
        if (postmaster <= 0) {
            return parts;
        }
        parts.put("ended processes and postmaster", seconds(postmaster, true));
        ProcessHandle.of(postmaster).ifPresent(h -> h.descendants().forEach(d ->
                parts.merge(postgresKind(d.pid()), seconds(d.pid(), false), Double::sum)));
        return parts;
    }

    private static String postgresKind(long pid) {
        try {
            String title = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ').trim();
            String t = title.startsWith("postgres: ") ? title.substring("postgres: ".length()) : title;
            for (String kind : new String[]{"autovacuum", "walwriter", "checkpointer", "background writer",
                    "logical replication", "walsummarizer", "archiver", "stats"}) {
                if (t.startsWith(kind)) {
                    return kind.equals("background writer") || kind.equals("checkpointer") ? "checkpointer and background writer"
                            : kind.equals("walwriter") ? "WAL writer" : kind;
                }
            }
            return "backends (the services' statements and commits)";
        } catch (IOException | RuntimeException e) {
            return "ended processes and postmaster";
        }
    }

    /**
     * Seconds of CPU the JIT compiler threads of every JVM of the stack (services and this one) have used so far:
     * a cost of warming up that a long-running service no longer pays. Compiler threads that already ended are
     * not counted (their time stays in the process total).
     */
    double jitSeconds() {
        double sum = 0;
        for (ServiceProcess p : stack.services()) {
            sum += compilerThreadSeconds(p.pid());
        }
        return sum + compilerThreadSeconds(ProcessHandle.current().pid());
    }

    private static double compilerThreadSeconds(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        try (var threads = Files.list(tasks)) {
            return threads.filter(t -> isCompilerThread(t.resolve("comm")))
                    .mapToDouble(t -> seconds(pid, t.getFileName().toString()))
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompilerThread(Path comm) {
        try {
            String name = Files.readString(comm).trim();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    private static double seconds(long pid, String tid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "task", tid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static double total(Map<String, Double> snapshot) {
        return snapshot.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** utime + stime (and, for a parent that reaps short-lived children, cutime + cstime) in seconds. */
    static double seconds(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state=0 … utime=11 stime=12 cutime=13 cstime=14
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withReapedChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The postmaster: a process named postgres whose parent is not a postgres and that listens on the port. */
    private static long findPostmaster(int port) {
        if (port <= 0) {
            return -1;
        }
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(h -> h.parent().flatMap(p -> p.info().command()).map(c -> !c.endsWith("/postgres")).orElse(true))
                .filter(h -> listensOn(h.pid(), port))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    /** The postmaster.pid file of the data directory names the port on its fourth line. */
    private static boolean listensOn(long pid, int port) {
        try {
            Path cwd = Path.of("/proc", Long.toString(pid), "cwd").toRealPath();
            Optional<String> line = Files.readAllLines(cwd.resolve("postmaster.pid")).stream().skip(3).findFirst();
            return line.map(l -> l.trim().equals(Integer.toString(port))).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int port(String jdbcUrl) {
        try {
            String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
            String hostPort = rest.substring(0, rest.indexOf('/'));
            return hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
