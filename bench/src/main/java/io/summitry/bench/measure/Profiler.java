package io.summitry.bench.measure;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** async-profiler (tools.profiler:async-profiler 4.1 from Maven Central) as a JVM agent writing a flame graph. */
final class Profiler {

    private Profiler() {
    }

    /**
     * The JVM option that profiles CPU from start to exit and writes an HTML flame graph. {@code itimer} needs no
     * perf_events, which virtual machines often forbid.
     */
    static List<String> agentOption(Path work, Path flameGraph) throws Exception {
        Path library = work.resolve("libasyncProfiler.so");
        try (InputStream in = Profiler.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
            if (in == null) {
                throw new IllegalStateException("No linux-x64/libasyncProfiler.so on the class path");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of("-agentpath:" + library + "=start,event=itimer,interval=1ms,file=" + flameGraph);
    }
}
