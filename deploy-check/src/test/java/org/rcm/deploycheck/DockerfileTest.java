package org.rcm.deploycheck;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileTest {
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");

    @Test
    void everyServiceModuleHasAJvmDockerfileThatRunsItsFastJarAsNonRootOnItsPort() throws Exception {
        List<String> problems = new ArrayList<>();
        for (ServiceModule s : Repo.modules()) {
            Path file = s.dir().resolve("src/main/docker/Dockerfile.jvm");
            if (!Files.isRegularFile(file)) {
                problems.add(s.name() + ": no src/main/docker/Dockerfile.jvm");
                continue;
            }
            problems.addAll(dockerfile(s.name(), Files.readString(file), s.httpPort()));
        }
        assertThat(problems).isEmpty();
    }

    static List<String> dockerfile(String name, String text, int port) {
        List<String> p = new ArrayList<>();
        if (!Pattern.compile("(?m)^FROM \\S*(openjdk-17-runtime|temurin:17\\S*-jre)").matcher(text).find()) {
            p.add(name + ": base image is not a Java 17 runtime");
        }
        for (String dir : List.of("lib/", "app/", "quarkus/")) {
            if (!text.contains("target/quarkus-app/" + dir)) {
                p.add(name + ": does not copy target/quarkus-app/" + dir);
            }
        }
        if (!text.contains("quarkus-run.jar")) {
            p.add(name + ": does not run quarkus-run.jar");
        }
        if (!Pattern.compile("(?m)^EXPOSE\\s+" + port + "\\b").matcher(text).find()) {
            p.add(name + ": does not EXPOSE " + port);
        }
        String lastUser = null;
        Matcher m = USER.matcher(text);
        while (m.find()) {
            lastUser = m.group(1);
        }
        if (lastUser == null || lastUser.equals("root") || lastUser.equals("0")) {
            p.add(name + ": runs as root (last USER is " + lastUser + ")");
        }
        return p;
    }
}
