package org.rcm.deploycheck;

import org.rcm.platform.events.Topics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The repository, found from the module folder (surefire runs tests in deploy-check/), and YAML helpers. */
final class Repo {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String SANDBOX = "sandbox";

    private Repo() {
    }

    static Path root() {
        if (!Files.isRegularFile(ROOT.resolve("pom.xml")) || !Files.isDirectory(ROOT.resolve("deploy"))) {
            throw new IllegalStateException("run the tests from deploy-check/: no pom.xml and deploy/ in " + ROOT);
        }
        return ROOT;
    }

    /** The six stages (the catalogue's list of consuming services). */
    static List<ServiceModule> stages() {
        return Topics.SERVICES.stream().map(s -> ServiceModule.load(root(), s)).toList();
    }

    /** The six stages and the sandbox clearinghouse. */
    static List<ServiceModule> modules() {
        List<ServiceModule> all = new ArrayList<>(stages());
        all.add(ServiceModule.load(root(), SANDBOX));
        return all;
    }

    /** Every topic that must exist: the catalogue (events + dead-letter topics) and every consumed topic. */
    static TreeSet<String> requiredTopics() {
        TreeSet<String> topics = new TreeSet<>(Topics.all());
        stages().forEach(s -> topics.addAll(s.incomingTopics()));
        return topics;
    }

    static Map<String, Object> yaml(Path file) {
        List<Map<String, Object>> docs = yamlDocs(file);
        return docs.isEmpty() ? Map.of() : docs.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocs(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : new Yaml(new LoaderOptions()).loadAll(r)) {
                if (doc != null) {
                    docs.add((Map<String, Object>) doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocs(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(text)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    /** Every *.yaml / *.yml below a folder. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every manifest (kind + metadata) under a folder, kustomization files excluded. */
    static List<Map<String, Object>> manifests(Path dir) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Path f : yamlFiles(dir)) {
            for (Map<String, Object> doc : yamlDocs(f)) {
                String kind = (String) doc.get("kind");
                if (kind != null && !kind.equals("Kustomization") && !kind.equals("Component")) {
                    all.add(doc);
                }
            }
        }
        return all;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> manifests, String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> manifests, String kind, String name) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind")) && name.equals(Y.str(m, "metadata.name")))
                .findFirst().orElse(null);
    }

    /** Image reference without registry-independent tag: "rcm/claim-service:1.0" gives "rcm/claim-service". */
    static String imageRepository(String image) {
        Objects.requireNonNull(image, "image");
        int slash = image.lastIndexOf('/');
        int colon = image.indexOf(':', slash + 1);
        return colon < 0 ? image : image.substring(0, colon);
    }
}
