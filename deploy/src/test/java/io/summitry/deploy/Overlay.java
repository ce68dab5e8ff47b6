package io.summitry.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * One environment as an operator installs it: the kustomizations applied one after the other (namespace,
 * databases, apps and, in prod, monitoring), each rendered once per test JVM with {@code kubectl kustomize}.
 */
enum Overlay {
    DEV("namespace", "databases/dev", "overlays/dev"),
    PROD("namespace", "databases/prod", "overlays/prod", "monitoring");

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final Map<Overlay, List<Object>> TYPED = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<String> kustomizations;

    Overlay(String... kustomizations) {
        this.kustomizations = List.of(kustomizations);
    }

    /** The deploy module's directory: Maven runs the tests there. */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    /** The kustomization directories, relative to deploy/, in the order they are applied. */
    List<String> kustomizations() {
        return kustomizations;
    }

    /** The apps' kustomization: what {@code kubectl delete -k deploy/overlays/<overlay>} removes. */
    String apps() {
        return "overlays/" + name().toLowerCase();
    }

    /** The databases' kustomization. */
    String databases() {
        return "databases/" + name().toLowerCase();
    }

    /** Every object of every kustomization of this environment, as a tree. */
    List<JsonNode> objects() {
        List<JsonNode> all = new ArrayList<>();
        kustomizations.forEach(dir -> all.addAll(rendered(dir)));
        return all;
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
        return yaml(objects());
    }

    static String yaml(List<JsonNode> objects) {
        StringBuilder out = new StringBuilder();
        for (JsonNode object : objects) {
            try {
                out.append(YAML.writeValueAsString(object));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    /** The objects one kustomization (a directory under deploy/) renders. */
    static List<JsonNode> rendered(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, Overlay::render);
    }

    private static List<JsonNode> render(String kustomization) {
        Path dir = moduleDir().resolve(kustomization);
        Tools.Result result = Tools.run(moduleDir(),
                List.of(Tools.kubectl().toString(), "kustomize", dir.toString()), false);
        if (result.exit() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed: " + result.output());
        }
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(result.output())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read what kubectl kustomize " + dir + " printed", e);
        }
        return List.copyOf(objects);
    }

    /**
     * Every kustomization under deploy/ an operator may apply (components, which only other kustomizations use, left
     * out), relative to deploy/ and sorted: the environments above and their alternatives (other edges, recovery).
     */
    static List<String> allKustomizations() {
        try (var files = Files.walk(moduleDir())) {
            return files.filter(file -> file.getFileName().toString().equals("kustomization.yaml"))
                    .filter(file -> !file.toString().contains("/node_modules/") && !file.toString().contains("/target/"))
                    .filter(file -> !Project.read(file).contains("kind: Component"))
                    .map(file -> moduleDir().relativize(file.getParent()).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean exists(String kustomization) {
        return Files.isRegularFile(moduleDir().resolve(kustomization).resolve("kustomization.yaml"));
    }
}
