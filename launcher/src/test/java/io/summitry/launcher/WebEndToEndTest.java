package io.summitry.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.summitry.stack.App;
import io.summitry.testing.Chromium;

/**
 * The web UI in real headless Chromium against the local run as {@code ./summitry} starts it (the seed loaded): the
 * browser steps live in web/e2e/run.mjs (playwright-core, installed by the web module's npm ci) and run as a Node
 * process; this test starts and stops the stack around them, and stops people-service for the outage step.
 * Screenshots of each step land in target/web-e2e. Needs Node and Debian's chromium ({@link Chromium} installs it
 * where the build can, or CHROMIUM=path): without them the test fails and says what to install.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebEndToEndTest {

    static final Path ROOT = TrilateralSeedEndToEndTest.ROOT;
    static final Path SHOTS = Path.of("target/web-e2e").toAbsolutePath();
    static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(5);

    Path dataDirectory;
    LauncherOptions options;
    Launcher.Running running;

    @BeforeAll
    void startTheLocalRun() throws IOException {
        // screenshots of this run only
        if (Files.isDirectory(SHOTS)) {
            try (var files = Files.list(SHOTS)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(SHOTS);
        dataDirectory = Files.createTempDirectory("summitry-web-e2e");
        options = new LauncherOptions(ROOT, dataDirectory, 0, 0, 0, 0, TrilateralSeedEndToEndTest.SEED, true, null,
                TrilateralSeedEndToEndTest.READY_TIMEOUT);
        running = Launcher.start(options);
    }

    @AfterAll
    void stopEverything() throws IOException {
        if (running != null) {
            running.close();
        }
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void shouldFindSomeoneByAHangulNameReadTheMeetingFilterTheListAndResolveAConflict() throws Exception {
        assertThat(browser("main")).as("web/e2e/run.mjs main (its output above, screenshots in %s)", SHOTS).isZero();
    }

    @Test
    @Order(2)
    void shouldShowWhatMeetingsServiceAnsweredWhilePeopleServiceIsDown() throws Exception {
        running.stack().stop(App.PEOPLE);

        assertThat(browser("outage")).as("web/e2e/run.mjs outage (its output above, screenshots in %s)", SHOTS).isZero();
    }

    private int browser(String phase) throws IOException, InterruptedException {
        Path web = ROOT.resolve("web");
        // the browser's output goes to a file and is printed here: surefire's channel takes no direct writes
        Path log = SHOTS.resolve(phase + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("node", "e2e/run.mjs", phase)).directory(web.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BASE_URL", running.stack().baseUri(App.GATEWAY) + "/");
        builder.environment().put("TOKEN_FILE", Launcher.tokenFile(options).toString());
        builder.environment().put("SHOTS", SHOTS.toString());
        // found, or installed when missing, the same way for every browser test
        builder.environment().put("CHROMIUM", Chromium.browser().toString());
        Process process = builder.start();
        if (!process.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the browser steps (" + phase + ") took longer than " + BROWSER_TIMEOUT);
        }
        System.out.print(Files.readString(log));
        return process.exitValue();
    }
}
