package io.summitry.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average as {@code uptime} prints it, written beside each figure: the bench may share its cores
 * with other work, and a figure taken under load means little without it.
 */
public final class Load {

    private Load() {
    }

    /** {@code load 1.23, 0.98, 0.80} (1, 5 and 15 minutes), from {@code /proc/loadavg}. */
    public static String average() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load " + fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "load unknown";
        }
    }
}
