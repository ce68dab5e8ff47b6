package io.summitry.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.RecordComponentNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Finds, in compiled classes, the types handed to a JAX-RS {@code Response} as its entity ({@code Response.ok(x)},
 * {@code builder.entity(x)}): Quarkus registers the return types of resource methods for reflection, but it cannot
 * see these, so a native executable has none of their accessors unless they are registered by hand. The static
 * type of the argument is read off the bytecode; where it is a parameter typed {@code Object} (a helper such as
 * {@code Responses.ok(Object body, …)}), the helper's callers are read in turn.
 */
final class ResponseEntities {
    private static final Type OBJECT = Type.getType(Object.class);
    /** The type BasicInterpreter gives the null constant. */
    private static final Type NULL = Type.getObjectType("null");
    private static final Pattern SUMMITRY_TYPE = Pattern.compile("L(io/summitry/[^;<]+)");

    private final Map<String, ClassNode> classes = new HashMap<>();

    /** The entity types found, as internal names, and the call sites whose entity type cannot be told. */
    record Found(Set<String> types, List<String> unresolved) {
    }

    ResponseEntities(List<Path> classDirectories) {
        for (Path dir : classDirectories) {
            if (!Files.isDirectory(dir)) {
                throw new AssertionError(dir + " is missing: build the apps first (`./mvnw -B verify`, or "
                        + "`./mvnw -B -pl deploy -am verify`)");
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(this::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
            classes.put(node.name, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Found find() {
        // Sinks: method key -> indexes of the parameters that become the entity.
        Map<String, Set<Integer>> sinks = new HashMap<>();
        for (String builder : List.of("jakarta/ws/rs/core/Response", "jakarta/ws/rs/core/Response$ResponseBuilder")) {
            for (String name : List.of("ok", "entity")) {
                sinks.put(builder + "." + name, Set.of(0));
            }
        }
        Set<String> types = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            types.clear();
            unresolved.clear();
            for (ClassNode owner : classes.values()) {
                for (MethodNode method : owner.methods) {
                    for (EntityArgument argument : arguments(owner, method, sinks)) {
                        Typed value = argument.value();
                        if (!value.getType().equals(OBJECT)) {
                            types.add(value.getType().getInternalName());
                        } else if (value.parameter >= 0) {
                            String key = owner.name + "." + method.name + method.desc;
                            grew |= sinks.computeIfAbsent(key, k -> new HashSet<>()).add(value.parameter);
                        } else {
                            unresolved.add(owner.name.replace('/', '.') + "." + method.name + " calls "
                                    + argument.call() + " with a value typed Object");
                        }
                    }
                }
            }
        }
        return new Found(Set.copyOf(types), List.copyOf(unresolved));
    }

    /**
     * @return the io.summitry types a Jackson serialisation of {@code type} reaches through record components, the
     *         type itself included
     */
    Set<String> reachable(String type) {
        Set<String> seen = new LinkedHashSet<>();
        collect(type, seen);
        return seen;
    }

    private void collect(String type, Set<String> seen) {
        if (!type.startsWith("io/summitry/") || !seen.add(type)) {
            return;
        }
        ClassNode node = classes.get(type);
        if (node == null || node.recordComponents == null) {
            return;
        }
        for (RecordComponentNode component : node.recordComponents) {
            String signature = Optional.ofNullable(component.signature).orElse(component.descriptor);
            Matcher matcher = SUMMITRY_TYPE.matcher(signature);
            while (matcher.find()) {
                collect(matcher.group(1), seen);
            }
        }
    }

    private record EntityArgument(String call, Typed value) {
    }

    private static List<EntityArgument> arguments(ClassNode owner, MethodNode method, Map<String, Set<Integer>> sinks) {
        List<Integer> callSites = new ArrayList<>();
        for (int i = 0; i < method.instructions.size(); i++) {
            if (method.instructions.get(i) instanceof MethodInsnNode call && sinkParameters(call, sinks) != null) {
                callSites.add(i);
            }
        }
        if (callSites.isEmpty()) {
            return List.of();
        }
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new TypeInterpreter(method)).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("Cannot analyse " + owner.name + "." + method.name, e);
        }
        List<EntityArgument> found = new ArrayList<>();
        for (int index : callSites) {
            MethodInsnNode call = (MethodInsnNode) method.instructions.get(index);
            Frame<BasicValue> frame = frames[index];
            if (frame == null) {
                continue; // unreachable code
            }
            int arguments = Type.getArgumentTypes(call.desc).length;
            for (int parameter : sinkParameters(call, sinks)) {
                BasicValue value = frame.getStack(frame.getStackSize() - arguments + parameter);
                Typed typed = value instanceof Typed t ? t : new Typed(OBJECT, -1);
                if (!typed.getType().equals(NULL)) {
                    found.add(new EntityArgument(call.owner.replace('/', '.') + "." + call.name, typed));
                }
            }
        }
        return found;
    }

    private static Set<Integer> sinkParameters(MethodInsnNode call, Map<String, Set<Integer>> sinks) {
        Set<Integer> byName = sinks.get(call.owner + "." + call.name);
        if (byName != null && Type.getArgumentTypes(call.desc).length > 0
                && Type.getArgumentTypes(call.desc)[0].equals(OBJECT)) {
            return byName;
        }
        return sinks.get(call.owner + "." + call.name + call.desc);
    }

    /** A reference with its static type and, when it is one of the method's parameters, that parameter's index. */
    static final class Typed extends BasicValue {
        final int parameter;

        Typed(Type type, int parameter) {
            super(type);
            this.parameter = parameter;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Typed typed && typed.parameter == parameter
                    && Objects.equals(typed.getType(), getType());
        }

        @Override
        public int hashCode() {
            return Objects.hash(getType(), parameter);
        }
    }

    /** BasicInterpreter that keeps each reference's exact static type; differing types merge into Object. */
    private static final class TypeInterpreter extends BasicInterpreter {
        private final Map<Integer, Integer> parameterOfLocal = new HashMap<>();

        TypeInterpreter(MethodNode method) {
            super(Opcodes.ASM9);
            int local = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            Type[] parameters = Type.getArgumentTypes(method.desc);
            for (int i = 0; i < parameters.length; i++) {
                parameterOfLocal.put(local, i);
                local += parameters[i].getSize();
            }
        }

        @Override
        public BasicValue newValue(Type type) {
            if (type != null && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                return new Typed(type, -1);
            }
            return super.newValue(type);
        }

        @Override
        public BasicValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
            BasicValue value = newValue(type);
            if (value instanceof Typed && parameterOfLocal.containsKey(local)) {
                return new Typed(type, parameterOfLocal.get(local));
            }
            return value;
        }

        @Override
        public BasicValue merge(BasicValue value1, BasicValue value2) {
            if (value1.equals(value2)) {
                return value1;
            }
            if (value1.getType() != null && value1.getType().equals(NULL) && value2 instanceof Typed) {
                return value2;
            }
            if (value2.getType() != null && value2.getType().equals(NULL) && value1 instanceof Typed) {
                return value1;
            }
            if (value1 instanceof Typed && value2 instanceof Typed) {
                return new Typed(OBJECT, -1);
            }
            if (value1 instanceof Typed && value2 == BasicValue.REFERENCE_VALUE
                    || value2 instanceof Typed && value1 == BasicValue.REFERENCE_VALUE) {
                return new Typed(OBJECT, -1);
            }
            return super.merge(value1, value2);
        }
    }

}
