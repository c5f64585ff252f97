package org.rcm.deploycheck;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders each overlay with `kubectl kustomize` (skipped where kubectl is not installed) and checks what a
 * cluster would receive: patches applied, images re-tagged, HPAs still within the topics' partitions.
 */
class RenderedOverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void overlayRendersAndStillAgreesWithTheServices(String overlay) throws Exception {
        List<Map<String, Object>> out = Repo.yamlDocs(render(Repo.root().resolve("deploy/overlays/" + overlay)));
        Map<String, Integer> partitions = KubernetesBaseTest.partitions(out);
        List<String> problems = new ArrayList<>();
        problems.addAll(Checks.missingTopics(Repo.requiredTopics(), partitions.keySet(), overlay));
        for (Map<String, Object> m : out) {
            if (Y.str(m, "metadata.namespace") == null && !"Namespace".equals(m.get("kind"))) {
                problems.add(overlay + ": " + m.get("kind") + " " + Y.str(m, "metadata.name") + " has no namespace");
            }
        }
        for (ServiceModule s : Repo.stages()) {
            Map<String, Object> dep = Repo.named(out, "Deployment", s.name());
            List<String> deploymentProblems = new ArrayList<>(Checks.deployment(dep, s));
            // overlays may move the image to a registry: only the repository's last segment must stay
            deploymentProblems.removeIf(p -> p.contains("Deployment image") && Y.str(Y.firstContainer(dep), "image")
                    .contains("/" + s.name() + ":"));
            problems.addAll(deploymentProblems);
            Map<String, Object> hpa = Repo.named(out, "HorizontalPodAutoscaler", s.name());
            Map<String, Object> scaled = Repo.named(out, "ScaledObject", s.name());
            if (hpa == null && scaled == null) {
                problems.add(overlay + ": " + s.name() + " has neither an HPA nor a ScaledObject");
            }
            if (hpa != null && scaled != null) {
                problems.add(overlay + ": " + s.name() + " has both an HPA and a ScaledObject (they would fight)");
            }
            if (hpa != null) {
                problems.addAll(Checks.replicasWithinPartitions(s.name(), overlay + " HPA",
                        Y.integer(hpa, "spec.maxReplicas"), s.incomingTopics(), partitions));
            }
            if (Repo.named(out, "PodDisruptionBudget", s.name()) == null) {
                problems.add(overlay + ": " + s.name() + " has no PodDisruptionBudget");
            }
        }
        assertThat(problems).isEmpty();
    }

    static String render(Path overlay) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.abort("kubectl is not installed: overlays are checked as plain YAML only");
            throw e;
        }
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("kubectl kustomize %s: %s", overlay, stderr).isZero();
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
