package io.summitry.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds Debian's headless Chromium and chromedriver for the browser tests, and installs them when they are missing
 * and this is a Debian machine run as root (as the project's build and CI machines are): the test command brings what
 * it needs instead of skipping. Anywhere else a missing browser fails the test with one line saying what to install.
 * {@code CHROMIUM} and {@code CHROMEDRIVER} (environment) name other executables.
 */
public final class Chromium {

    /** What to install by hand where the build cannot. */
    public static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private static final Path APT_GET = Path.of("/usr/bin/apt-get");
    private static final Path LOCK = Path.of(System.getProperty("java.io.tmpdir"), "summitry-chromium-install.lock");
    private static final long INSTALL_MINUTES = 15;

    private Chromium() {
    }

    /** The Chromium executable, installed first if needed. */
    public static Path browser() {
        return find("CHROMIUM", "chromium");
    }

    /** The chromedriver executable, installed first if needed. */
    public static Path driver() {
        return find("CHROMEDRIVER", "chromedriver");
    }

    /** The flags every browser test starts Chromium with: headless, and no calls out of this closed machine. */
    public static List<String> headlessArguments(Path profile) {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
    }

    private static synchronized Path find(String variable, String name) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(variable + "=" + named + " is not an executable");
            }
            return path;
        }
        return onPath(name).or(() -> {
            install();
            return onPath(name);
        }).orElseThrow(() -> new IllegalStateException("'" + name + "' is not installed and this build could not "
                + "install it: the browser tests need Debian's Chromium (" + INSTALL + ", or set " + variable + ")"));
    }

    private static Optional<Path> onPath(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** apt-get, once per machine at a time (another build may be installing too); nothing when not root on Debian. */
    private static void install() {
        if (!Files.isExecutable(APT_GET) || !"root".equals(System.getProperty("user.name"))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (onPath("chromium").isPresent() && onPath("chromedriver").isPresent()) {
                return;
            }
            System.err.println("Chromium is missing: installing Debian's chromium and chromium-driver ("
                    + INSTALL + ")");
            run(List.of(APT_GET.toString(), "update", "-qq"));
            run(List.of(APT_GET.toString(), "install", "-y", "-qq", "chromium",
                    "chromium-driver"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install Chromium (" + INSTALL + ")", e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Path log = Files.createTempFile("summitry-apt", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        try {
            if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + INSTALL_MINUTES
                        + " minutes; log: " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while installing Chromium", e);
        }
        if (process.exitValue() != 0) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                    + "):\n" + output.substring(Math.max(0, output.length() - 2000)));
        }
        Files.deleteIfExists(log);
    }
}
