package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs tools/models/validate.mjs (npm kubernetes-models: required fields, types, formats) on both environments.
 * Needs Node.js and npm (as every machine of this project's kind has); without them it fails naming what is missing.
 */
class KubernetesModelsTest {
    private static final Path TOOL = Overlay.moduleDir().resolve("tools/models");

    @Test
    void shouldFindNoMissingRequiredFieldInEitherOverlay() throws Exception {
        Tools.require("node", "--version");
        Tools.npmCi(TOOL);
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
