package io.summitry.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resident memory and CPU pinning of running processes, from /proc and taskset (Linux). */
public final class Processes {

    private Processes() {
    }

    /** Resident set size in MiB of a process and all its descendants (Node may fork workers). */
    public static double rssMiB(long pid) {
        long kb = rssKb(pid);
        kb += ProcessHandle.of(pid).map(h -> h.descendants().mapToLong(d -> rssKb(d.pid())).sum()).orElse(0L);
        return kb / 1024.0;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended: nothing resident
        }
        return 0;
    }

    /** Moves a process, every thread of it, to one core. */
    public static void pin(long pid, int cpu) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("taskset", "-a", "-cp", Integer.toString(cpu), Long.toString(pid)))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("taskset failed: " + out);
        }
    }
}
