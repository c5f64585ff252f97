package org.rcm.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What deployment files must agree with, read from one module's application.properties and sources. */
public record ServiceModule(String name, Path dir, Properties properties, Set<String> propertyNames) {
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topics?");

    /**
     * Properties a deployment may set that the module does not name itself: Quarkus runtime settings the
     * manifests use, and @ConfigMapping members that only have defaults in code (SandboxConfig).
     */
    static final Set<String> FRAMEWORK_PROPERTIES = Set.of("quarkus.datasource.password", "quarkus.flyway.username",
            "quarkus.flyway.password", "quarkus.http.host", "quarkus.config.locations", "sandbox.data-dir",
            "sandbox.sftp.host", "sandbox.sftp.user", "sandbox.sftp.password", "sandbox.api-key");

    /** Variables of the base image's run-java.sh, not configuration properties. */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND", "JAVA_APP_JAR",
            "JAVA_INITIAL_MEM_RATIO");

    static ServiceModule load(Path repo, String name) {
        Path dir = repo.resolve(name);
        Properties own = read(dir.resolve("src/main/resources/application.properties"));
        Set<String> names = new TreeSet<>();
        own.stringPropertyNames().forEach(k -> names.add(withoutProfile(k)));
        if (usesMessaging(dir)) {
            read(repo.resolve("platform/messaging/src/main/resources/META-INF/microprofile-config.properties"))
                    .stringPropertyNames().forEach(k -> names.add(withoutProfile(k)));
        }
        names.addAll(configPropertiesInSources(dir.resolve("src/main/java")));
        names.addAll(FRAMEWORK_PROPERTIES);
        return new ServiceModule(name, dir, own, names);
    }

    public int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port").trim());
    }

    public String schema() {
        return properties.getProperty("rcm.schema");
    }

    /** Topics of every mp.messaging.incoming.CHANNEL.topic and .topics (a comma-separated list; production profile). */
    public Set<String> incomingTopics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (m.matches()) {
                for (String topic : properties.getProperty(key).split(",")) {
                    if (!topic.isBlank()) {
                        topics.add(topic.trim());
                    }
                }
            }
        }
        return topics;
    }

    /** The environment-variable form of every property the service knows (SmallRye Config rules). */
    public Set<String> envNames() {
        Set<String> env = new TreeSet<>(IMAGE_VARIABLES);
        propertyNames.forEach(p -> env.add(toEnv(p)));
        return env;
    }

    static String toEnv(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static boolean usesMessaging(Path dir) {
        try {
            return Files.readString(dir.resolve("pom.xml")).contains("<artifactId>rcm-messaging</artifactId>");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> configPropertiesInSources(Path src) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(src)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CONFIG_PROPERTY.matcher(Files.readString(f));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return p;
    }

    static List<String> unknown(ServiceModule s, java.util.Collection<String> envKeys) {
        Set<String> known = s.envNames();
        return envKeys.stream().filter(k -> !known.contains(k)).sorted().toList();
    }
}
