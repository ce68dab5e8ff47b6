package io.summitry.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** A kustomize overlay under deploy/overlays, rendered once per test JVM with {@code kubectl kustomize}. */
enum Overlay {
    DEV,
    PROD;

    private static final Map<Overlay, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final Map<Overlay, List<Object>> TYPED = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The deploy module's directory: Maven runs the tests there. */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    Path dir() {
        return moduleDir().resolve("overlays").resolve(name().toLowerCase());
    }

    /** Every object of the rendered overlay, as a tree; skips the calling test where kubectl is missing. */
    List<JsonNode> objects() {
        return RENDERED.computeIfAbsent(this, Overlay::render);
    }

    /** The rendered objects of one model type, unmarshalled strictly. */
    <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        List<Object> typedObjects = TYPED.computeIfAbsent(this,
                overlay -> overlay.objects().stream().map(StrictModel::unmarshal).toList());
        for (Object typed : typedObjects) {
            if (type.isInstance(typed)) {
                found.add(type.cast(typed));
            }
        }
        return found;
    }

    /** The rendered object of that type and name; fails when absent. */
    <T extends io.fabric8.kubernetes.api.model.HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream()
                .filter(object -> name.equals(object.getMetadata().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(this + " renders no " + type.getSimpleName() + " " + name));
    }

    String yaml() {
        StringBuilder out = new StringBuilder();
        for (JsonNode object : objects()) {
            try {
                out.append(YAML.writeValueAsString(object));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static List<JsonNode> render(Overlay overlay) {
        Assumptions.assumeTrue(Kubectl.present(),
                "kubectl is not on the PATH: the overlays were not rendered, so they were not validated");
        try {
            Path out = Files.createTempFile("kustomize-" + overlay.name().toLowerCase(), ".yaml");
            Process process = new ProcessBuilder("kubectl", "kustomize", overlay.dir().toString())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay.dir() + " failed: " + errors);
            }
            List<JsonNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(out.toFile())) {
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                        objects.add(doc);
                    }
                }
            }
            Files.delete(out);
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new IllegalStateException("Could not render " + overlay.dir(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether kubectl can be run here. */
    static final class Kubectl {
        private static Boolean present;

        private Kubectl() {
        }

        static synchronized boolean present() {
            if (present == null) {
                try {
                    Process process = new ProcessBuilder("kubectl", "version", "--client")
                            .redirectErrorStream(true)
                            .start();
                    process.getInputStream().readAllBytes();
                    present = process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
                } catch (IOException e) {
                    present = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    present = false;
                }
            }
            return present;
        }
    }
}
