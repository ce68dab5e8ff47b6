package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Native readiness, as far as a machine without GraalVM can tell: every type the apps serialise or read by
 * reflection is in the reflection configuration that Quarkus's native build steps generate (the native-sources
 * execution of every tested build writes it to {@code <app>/target/native-sources}). A type missing there works on
 * the JVM and fails only in a native executable.
 */
class NativeRegistrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"people-service", "meetings-service"})
    void shouldRegisterEveryTypeTheServicesSendAsAResponseEntity(String app) {
        ResponseEntities scan = new ResponseEntities(classDirectories(app));
        ResponseEntities.Found found = scan.find();

        assertThat(found.unresolved()).as("%s: Response entities whose type the bytecode does not tell", app)
                .isEmpty();
        assertThat(found.types()).as("%s sends problem+json bodies as Response entities", app)
                .contains("io/summitry/problem/Problem");
        assertThat(missing(scan, found.types(), registered(app)))
                .as("%s: Response entity types (and the types in their components) missing from the native "
                        + "reflection configuration; annotate them @RegisterForReflection", app)
                .isEmpty();
    }

    @Test
    void shouldReportAResponseEntityTypeThatIsNotRegistered() {
        ResponseEntities scan = new ResponseEntities(classDirectories("people-service"));
        Map<String, JsonNode> withoutProblem = new HashMap<>(registered("people-service"));
        withoutProblem.remove("io.summitry.problem.Problem$FieldError");

        assertThat(missing(scan, scan.find().types(), withoutProblem))
                .containsExactly("io.summitry.problem.Problem$FieldError");
    }

    /**
     * The gateway answers record fields through RecordComponentFetcher, which calls each record's accessor by
     * reflection: every record the GraphQL API returns must have its methods registered.
     */
    @Test
    void shouldRegisterTheAccessorsOfEveryRecordTheGatewaysGraphQlApiReturns() {
        List<Path> dirs = classDirectories("gateway");
        ResponseEntities scan = new ResponseEntities(dirs);
        Set<String> returned = new LinkedHashSet<>();
        for (ClassNode node : classes(dirs)) {
            for (MethodNode method : node.methods) {
                if (isGraphQlOperation(method)) {
                    String signature = method.signature != null ? method.signature : method.desc;
                    String returns = signature.substring(signature.indexOf(')') + 1);
                    var matcher = java.util.regex.Pattern.compile("L(io/summitry/[^;<]+)").matcher(returns);
                    while (matcher.find()) {
                        returned.addAll(scan.reachable(matcher.group(1)));
                    }
                }
            }
        }
        Map<String, JsonNode> registered = registered("gateway");
        List<String> records = returned.stream().filter(type -> isRecord(dirs, type)).toList();

        assertThat(records).as("records the gateway's GraphQL operations return").isNotEmpty();
        List<String> unregistered = records.stream()
                .map(type -> type.replace('/', '.'))
                .filter(type -> !hasMethods(registered.get(type)))
                .toList();
        assertThat(unregistered).as("gateway records without registered accessors").isEmpty();
    }

    private static boolean isGraphQlOperation(MethodNode method) {
        List<AnnotationNode> annotations = new ArrayList<>();
        if (method.visibleAnnotations != null) {
            annotations.addAll(method.visibleAnnotations);
        }
        boolean operation = annotations.stream().anyMatch(a -> a.desc.equals("Lorg/eclipse/microprofile/graphql/Query;")
                || a.desc.equals("Lorg/eclipse/microprofile/graphql/Mutation;"));
        boolean sourceField = method.visibleParameterAnnotations != null
                && Stream.of(method.visibleParameterAnnotations).filter(list -> list != null)
                        .flatMap(List::stream)
                        .anyMatch(a -> a.desc.equals("Lorg/eclipse/microprofile/graphql/Source;"));
        return operation || sourceField;
    }

    private static List<String> missing(ResponseEntities scan, Set<String> entityTypes,
            Map<String, JsonNode> registered) {
        Set<String> needed = new LinkedHashSet<>();
        entityTypes.stream()
                .filter(type -> type.startsWith("io/summitry/"))
                .forEach(type -> needed.addAll(scan.reachable(type)));
        return needed.stream()
                .map(type -> type.replace('/', '.'))
                .filter(type -> !hasMethods(registered.get(type)))
                .sorted()
                .toList();
    }

    /** Registered so that Jackson can call its accessors: all methods, or some named ones. */
    private static boolean hasMethods(JsonNode entry) {
        return entry != null && (entry.path("allDeclaredMethods").asBoolean()
                || entry.path("allPublicMethods").asBoolean()
                || entry.path("methods").size() > 0);
    }

    /** The app's classes and those of the project libraries packaged with it. */
    private static List<Path> classDirectories(String app) {
        Path root = Project.root();
        List<Path> dirs = new ArrayList<>(List.of(root.resolve(app).resolve("target/classes")));
        Path lib = nativeSources(app).resolve("lib");
        try (Stream<Path> jars = Files.list(root.resolve("libs"))) {
            // Quarkus writes a library whose classes it transformed (CDI beans, JPA embeddables) as modified-<jar>
            jars.filter(Files::isDirectory)
                    .filter(module -> {
                        String jar = "io.summitry." + module.getFileName() + "-" + Project.version() + ".jar";
                        return Files.exists(lib.resolve(jar)) || Files.exists(lib.resolve("modified-" + jar));
                    })
                    .forEach(module -> dirs.add(module.resolve("target/classes")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dirs;
    }

    private static Path nativeSources(String app) {
        Path dir = Project.root().resolve(app).resolve("target/native-sources");
        assertThat(dir).as("%s has no native-image sources: they are made by the native-sources execution after "
                + "the apps' integration tests; build deploy with the apps and their tests (`./mvnw -B verify`, or "
                + "`./mvnw -B -pl deploy -am verify`)", app).isDirectory();
        return dir;
    }

    /** reflect-config.json of the app's native-image source jar, by class name. */
    private static Map<String, JsonNode> registered(String app) {
        Path jar = nativeSources(app).resolve(app + "-" + Project.version() + "-runner.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("META-INF/native-image/reflect-config.json");
            assertThat(entry).as("%s holds a reflection configuration", jar).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                Map<String, JsonNode> byName = new HashMap<>();
                for (JsonNode type : JSON.readTree(in)) {
                    byName.merge(type.path("name").asText(), type,
                            (a, b) -> hasMethods(a) ? a : b);
                }
                return byName;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ClassNode> classes(List<Path> dirs) {
        List<ClassNode> nodes = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    ClassNode node = new ClassNode();
                    new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_CODE);
                    nodes.add(node);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return nodes;
    }

    private static boolean isRecord(List<Path> dirs, String type) {
        for (Path dir : dirs) {
            Path file = dir.resolve(type + ".class");
            if (Files.exists(file)) {
                try {
                    ClassNode node = new ClassNode();
                    new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_CODE);
                    return "java/lang/Record".equals(node.superName);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return false;
    }
}
