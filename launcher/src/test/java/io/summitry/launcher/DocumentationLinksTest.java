package io.summitry.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in the repository's Markdown leads somewhere, so that a reader never follows a dead one. */
class DocumentationLinksTest {

    static final Path ROOT = Path.of(System.getProperty("summitry.root", "..")).toAbsolutePath().normalize();

    @Test
    void shouldResolveEveryRelativeLinkInEveryTrackedMarkdownFile() throws Exception {
        List<Path> files = trackedMarkdown();

        assertThat(files).contains(ROOT.resolve("README.md"), ROOT.resolve("gateway/README.md"));
        assertThat(MarkdownLinks.broken(ROOT, files)).isEmpty();
    }

    @Test
    void shouldReportABrokenLinkWithItsFileAndLine(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/service-api.md"), "# API\n");
        Path readme = Files.writeString(root.resolve("README.md"), """
                # Title
                See [the API](docs/service-api.md#batches), [the site](https://example.org) and [above](#title).
                REST, [service-api.md](service-api.md), and ![a diagram](docs/missing.png "Diagram").
                `[not a link](in-code.md)`

                ```
                [also not a link](in-a-fence.md)
                ```
                [limits]: security-and-limits.md
                [root]: /docs/service-api.md
                """);

        assertThat(MarkdownLinks.broken(root, List.of(readme))).containsExactly(
                "README.md:3: service-api.md", "README.md:3: docs/missing.png", "README.md:9: security-and-limits.md");
    }

    static List<Path> trackedMarkdown() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--", "*.md").directory(ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as("git ls-files in " + ROOT).isZero();
        return Arrays.stream(out.split("\0")).filter(name -> !name.isEmpty()).map(ROOT::resolve)
                .filter(Files::isRegularFile).toList();
    }
}
