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

    private static final double TICKS_PER_SECOND = ticksPerSecond();

    /**
     * CPU seconds (user + system) a process has used so far: its own, its children's that ended, and those of its
     * living descendants (Node may fork workers), from {@code /proc/<pid>/stat}. Read before and after a run, the
     * difference is what the process spent on it.
     */
    public static double cpuSeconds(long pid) {
        long ticks = cpuTicks(pid, true);
        ticks += ProcessHandle.of(pid).map(h -> h.descendants().mapToLong(d -> cpuTicks(d.pid(), false)).sum())
                .orElse(0L);
        return ticks / TICKS_PER_SECOND;
    }

    private static long cpuTicks(long pid, boolean withEndedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // after the command name, which may hold spaces and parentheses: state is field 3, utime 14, stime 15,
            // cutime 16, cstime 17 (proc(5))
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withEndedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks;
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended
        }
    }

    private static double ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100; // the Linux default (USER_HZ)
        }
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
