package io.summitry.bench.measure;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * async-profiler (tools.profiler:async-profiler 4.1 from Maven Central) attached to a running JVM with
 * {@code jcmd <pid> JVMTI.agent_load}, which is what async-profiler's own {@code asprof} does. Attaching after a
 * warm-up keeps start-up and JIT compilation out of the profile, so it shows where a steady request spends its time.
 * {@code itimer} needs no perf_events, which virtual machines often forbid.
 */
final class Profiler {

    private final long pid;
    private final Path library;

    private Profiler(long pid, Path library) {
        this.pid = pid;
        this.library = library;
    }

    static Profiler of(long pid, Path work) throws Exception {
        Path library = work.resolve("libasyncProfiler.so");
        try (InputStream in = Profiler.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
            if (in == null) {
                throw new IllegalStateException("No linux-x64/libasyncProfiler.so on the class path");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Profiler(pid, library);
    }

    void start() throws Exception {
        start("start,event=itimer,interval=1ms");
    }

    /** Starts with other options, e.g. {@code start,event=wall,interval=1ms} to count time spent waiting too. */
    void start(String options) throws Exception {
        command(options);
    }

    /** Stops, writing the samples as collapsed stacks (for {@link ProfileSummary}) and as an HTML flame graph. */
    void stop(Path collapsed, Path flameGraph) throws Exception {
        command("dump,collapsed,file=" + collapsed);
        command("stop,file=" + flameGraph);
    }

    private void command(String arguments) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        // quoted, or jcmd's own parser splits the options at '=' and the agent receives them mangled
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "JVMTI.agent_load",
                library.toString(), '"' + arguments + '"').redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // the agent's own failures still exit 0: jcmd prints its return code (0 is success)
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.contains("return code: 0")) {
            throw new IllegalStateException("async-profiler '" + arguments + "' failed: " + output);
        }
    }
}
