package io.summitry.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frames that carry most of a profile, read from async-profiler's collapsed stacks ({@code frame;frame;… count}
 * per line): where the samples stop (self) and which frames they pass through (total), so a reader of the results
 * sees the answer without opening the flame graph.
 */
final class ProfileSummary {

    private ProfileSummary() {
    }

    static List<String> of(Path collapsed, int top) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long samples = 0;
        for (String line : Files.readAllLines(collapsed)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            samples += count;
            self.merge(frames[frames.length - 1], count, Long::sum);
            // a recursive frame counts once per sample
            Set<String> seen = new HashSet<>(List.of(frames));
            for (String frame : seen) {
                total.merge(frame, count, Long::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(samples + " samples (itimer, 1 ms)");
        lines.add("");
        lines.add("self %  frame (where the samples stop)");
        lines.addAll(top(self, samples, top));
        lines.add("");
        lines.add("total %  frame (samples passing through it)");
        lines.addAll(top(total, samples, top));
        return lines;
    }

    private static List<String> top(Map<String, Long> counts, long samples, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top).map(e -> String.format("%6.1f  %s", 100.0 * e.getValue() / samples, e.getKey())).toList();
    }
}
