package io.summitry.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative links of Markdown files that point to nothing: {@code [text](target)}, {@code ![alt](target)}
 * and {@code [label]: target}, outside code. A target is resolved from the file's folder (from the repository root
 * when it starts with {@code /}, as GitHub does) and must be an existing file or folder; links with a scheme
 * ({@code https:}, {@code mailto:}) and links to an anchor of the same page are not files and are left alone.
 */
final class MarkdownLinks {

    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private MarkdownLinks() {
    }

    /** Every broken link of the files, as {@code file:line: target}, files named relative to the root. */
    static List<String> broken(Path root, List<Path> files) {
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                String text = CODE_SPAN.matcher(line).replaceAll("");
                List<String> targets = new ArrayList<>();
                Matcher inline = INLINE.matcher(text);
                while (inline.find()) {
                    targets.add(inline.group(1));
                }
                Matcher reference = REFERENCE.matcher(text);
                if (reference.matches()) {
                    targets.add(reference.group(1));
                }
                for (String target : targets) {
                    if (!resolves(root, file, target)) {
                        broken.add(root.relativize(file) + ":" + (i + 1) + ": " + target);
                    }
                }
            }
        }
        return broken;
    }

    private static boolean resolves(Path root, Path file, String target) {
        if (SCHEME.matcher(target).find() || target.startsWith("#") || target.startsWith("//")) {
            return true;
        }
        String path = target.replaceAll("[#?].*$", "");
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = path.startsWith("/") ? root.resolve(path.substring(1)) : file.getParent().resolve(path);
        return Files.exists(resolved.normalize());
    }
}
