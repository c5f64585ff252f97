package org.rcm.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole system locally and runs the demo:
 * {@code java -cp ... org.rcm.local.LocalStackMain [--sessions N] [--no-demo] [--pg server|embedded]}.
 * Leaves everything running until Ctrl-C, then stops every process it started.
 */
public final class LocalStackMain {
    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = 200;
        boolean demo = true;
        boolean embedded = true;
        boolean exitAfterDemo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--no-demo" -> demo = false;
                case "--pg" -> embedded = !"server".equals(args[++i]);
                case "--exit" -> exitAfterDemo = true;
                default -> {
                    System.err.println("usage: LocalStackMain [--sessions N] [--no-demo] [--pg server|embedded]"
                            + " [--exit]");
                    System.exit(2);
                }
            }
        }
        Path repo = LocalStack.findRepo();
        Path logs = repo.resolve(".local-run/logs");
        LocalStack stack = new LocalStack(repo);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping every process this launcher started ...");
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        say("starting infrastructure");
        stack.startInfrastructure(embedded, LocalStackMain::say);
        stack.sandboxScenario(DemoScenario.write(repo.resolve(".local-run"), Math.max(50, sessions)));
        say("starting services (logs in " + repo.relativize(logs) + ")");
        stack.startServices(false, logs, LocalStackMain::say);
        if (demo) {
            new Demo(stack, LocalStackMain::say).run(sessions);
        }
        say("");
        say("the system is running; Swagger UI of each service:");
        stack.services().forEach(p -> say(String.format("  %-22s %s/q/swagger-ui", p.spec().name(), p.baseUrl())));
        say("Kafka bootstrap: " + stack.bootstrapServers() + "   database: " + stack.databaseUrl());
        if (exitAfterDemo) {
            System.exit(0);
        }
        say("press Ctrl-C to stop");
        stopped.await();
    }

    static void say(String line) {
        System.out.println("[local] " + line);
    }
}
