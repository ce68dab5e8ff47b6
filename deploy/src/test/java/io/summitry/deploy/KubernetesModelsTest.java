package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs tools/models/validate.mjs (npm kubernetes-models: required fields, types, formats) on both overlays.
 * Node is not required by the build: without node and npm this test is skipped, and validate-models.sh does the same.
 */
class KubernetesModelsTest {
    private static final Path TOOL = Overlay.moduleDir().resolve("tools/models");

    @Test
    void shouldFindNoMissingRequiredFieldInEitherOverlay() throws Exception {
        Assumptions.assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node and npm are not installed: kubernetes-models validation skipped (run deploy/validate-models.sh)");
        if (!Files.isDirectory(TOOL.resolve("node_modules"))) {
            Result install = run(TOOL, "npm", "ci", "--no-audit", "--no-fund");
            Assumptions.assumeTrue(install.exit() == 0, "npm ci failed in " + TOOL + ": " + install.output());
        }
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
        for (Overlay overlay : Overlay.values()) {
            Path rendered = Files.createTempFile("rendered-" + overlay.name().toLowerCase(), ".yaml");
            Files.writeString(rendered, overlay.yaml());
            command.add(rendered.toString());
        }

        Result validation = run(TOOL, command.toArray(String[]::new));

        assertThat(validation.output()).as("kubernetes-models validation").contains(" passed, 0 failed");
        assertThat(validation.exit()).as(validation.output()).isZero();
    }

    private record Result(int exit, String output) {
    }

    private static boolean runs(String... command) {
        try {
            return run(Overlay.moduleDir(), command).exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Result run(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, output);
        }
        return new Result(process.exitValue(), output);
    }
}
