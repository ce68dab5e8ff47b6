package io.summitry.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects the results as CSV files and one Markdown summary ({@code summary.md}) for the README. */
final class Report {

    private final Path out;
    private final List<String> markdown = new ArrayList<>();

    Report(Path out) {
        this.out = out;
    }

    void line(String text) {
        System.out.println(text);
        markdown.add(text);
        markdown.add("");
    }

    void table(String title, String csv, List<String> header, List<List<Object>> rows) throws IOException {
        List<String> csvLines = new ArrayList<>();
        csvLines.add(String.join(",", header));
        rows.forEach(r -> csvLines.add(r.stream().map(v -> "\"" + String.valueOf(v).replace("\"", "'") + "\"")
                .collect(Collectors.joining(","))));
        Files.write(out.resolve(csv), csvLines);
        markdown.add("### " + title);
        markdown.add("");
        markdown.add("| " + String.join(" | ", header) + " |");
        markdown.add("|" + " --- |".repeat(header.size()));
        rows.forEach(r -> markdown.add("| " + r.stream().map(String::valueOf).collect(Collectors.joining(" | "))
                + " |"));
        markdown.add("");
        System.out.println(String.join("\n", markdown.subList(markdown.size() - rows.size() - 4, markdown.size())));
    }

    void write() throws IOException {
        Files.write(out.resolve("summary.md"), markdown);
    }
}
