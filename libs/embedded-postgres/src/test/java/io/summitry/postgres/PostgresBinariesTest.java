package io.summitry.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * The binaries cache survives what a first start on a new machine can go through: a process killed while it extracts,
 * a folder half-filled by the older, non-atomic extraction, and several processes starting at once.
 */
class PostgresBinariesTest {

    // this module ships the linux-amd64 binaries only
    static final String SYSTEM = "Linux";
    static final String HARDWARE = "x86_64";

    @Test
    void shouldStartPostgresFromAnEmptyCacheAndLeaveOneCompleteFolder(@TempDir Path cache) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(null, 0, cache);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), LocalPostgres.USER, "");
                ResultSet rs = c.createStatement().executeQuery("show server_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("17.");
        }

        assertThat(binaryFolders(cache)).singleElement()
                .satisfies(folder -> assertThat(folder.resolve("bin/postgres")).isExecutable())
                .satisfies(folder -> assertThat(folder.resolve(PostgresBinaries.READY_MARKER)).isRegularFile());
        assertThat(partials(cache)).isEmpty();
    }

    @Test
    void shouldExtractAgainWhenAnExtractionWasKilledHalfWay(@TempDir Path cache) throws Exception {
        Process child = extractInAnotherProcess(cache, true);
        try {
            awaitPartialWithFiles(cache, child);
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(partials(cache)).as("the killed extraction left its partial folder").isNotEmpty();
        assertThat(binaryFolders(cache)).as("and no folder that looks complete").isEmpty();

        Path folder = PostgresBinaries.in(cache).prepare(SYSTEM, HARDWARE).folder();

        assertThat(folder.resolve("bin/postgres")).isExecutable();
        assertThat(partials(cache)).isEmpty();
    }

    @Test
    void shouldReplaceAFolderHalfFilledByTheOlderExtraction(@TempDir Path cache) throws Exception {
        PostgresBinaries binaries = new PostgresBinaries(cache, DefaultPostgresBinaryResolver.INSTANCE);
        String name = binaries.locate(SYSTEM, HARDWARE).folder().getFileName().toString();
        // what zonky's extraction left when it was killed: files, a dangling link, no ready marker
        Path halfFilled = Files.createDirectories(cache.resolve(name).resolve("lib"));
        Files.createSymbolicLink(halfFilled.resolve("libicudata.so"), Path.of("libicudata.so.77"));
        Files.writeString(halfFilled.resolve("libpq.so.5"), "truncated");

        Path folder = binaries.prepare(SYSTEM, HARDWARE).folder();

        assertThat(folder.getFileName().toString()).isEqualTo(name);
        assertThat(folder.resolve("lib/libicudata.so")).exists();
        assertThat(Files.size(folder.resolve("lib/libpq.so.5"))).isGreaterThan(100_000);
    }

    @Test
    void shouldNameAFullDiskAndLeaveNothingHalfWritten(@TempDir Path cache) throws IOException {
        AtomicInteger opened = new AtomicInteger();
        PgBinaryResolver fillsTheDisk = (system, hardware) -> {
            InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware);
            // the digest reads it whole; the extraction fails part-way as a write to a full disk does
            return opened.incrementAndGet() == 1 ? archive : new Failing(archive, 2 << 20);
        };

        assertThatThrownBy(() -> new PostgresBinaries(cache, fillsTheDisk).prepare(SYSTEM, HARDWARE))
                .hasMessageContaining("Not enough free disk space to extract the PostgreSQL binaries into " + cache)
                .hasMessageContaining(PostgresBinaries.CACHE_ENV);
        assertThat(opened).hasValue(2);
        assertThat(binaryFolders(cache)).isEmpty();
        assertThat(partials(cache)).isEmpty();
    }

    @Test
    void shouldExtractOnceWhenProcessesStartTogether(@TempDir Path cache) throws Exception {
        List<Process> children = new ArrayList<>();
        Files.createDirectories(cache);
        // hold the lock until both have started, so that both find the cache empty and have to wait for it
        try (FileChannel channel = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            children.add(extractInAnotherProcess(cache, false));
            children.add(extractInAnotherProcess(cache, false));
            Thread.sleep(3000);
        }
        for (Process child : children) {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes())).isZero();
        }

        assertThat(binaryFolders(cache)).hasSize(1);
        assertThat(partials(cache)).isEmpty();
    }

    static Process extractInAnotherProcess(Path cache, boolean stall) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Extract.class.getName(), cache.toString(), Boolean.toString(stall))
                .redirectErrorStream(true).start();
    }

    static void awaitPartialWithFiles(Path cache, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Path partial : partials(cache)) {
                try (Stream<Path> files = Files.walk(partial)) {
                    if (files.filter(Files::isRegularFile).count() > 10) {
                        return;
                    }
                }
            }
            assertThat(child.isAlive()).as("the extracting process is still running").isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no partial extraction appeared in " + cache);
    }

    static List<Path> binaryFolders(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("PG-")).toList();
        }
    }

    static List<Path> partials(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(PostgresBinaries.PARTIAL_PREFIX))
                    .toList();
        }
    }

    /** Extracts into a cache in a process of its own; with {@code true}, stalls for good after the first megabytes. */
    public static final class Extract {

        public static void main(String[] args) throws Exception {
            boolean stall = Boolean.parseBoolean(args[1]);
            AtomicInteger opened = new AtomicInteger();
            PgBinaryResolver archives = (system, hardware) -> {
                InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware);
                // the first read is the digest; the second, the extraction, is the one to interrupt
                return stall && opened.incrementAndGet() == 2 ? new Stalling(archive, 4 << 20) : archive;
            };
            System.out.println(new PostgresBinaries(Path.of(args[0]), archives).prepare(SYSTEM, HARDWARE).folder());
        }
    }

    /** Passes the first bytes on, then fails with the error a write to a full disk gives on Linux. */
    static final class Failing extends Stalling {
        Failing(InputStream in, long bytes) {
            super(in, bytes);
        }

        @Override
        void exhausted() throws IOException {
            throw new IOException("No space left on device");
        }
    }

    /** Passes the first bytes on, then blocks, as a process does that is killed before it finishes. */
    static class Stalling extends FilterInputStream {
        private long left;

        Stalling(InputStream in, long bytes) {
            super(in);
            this.left = bytes;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                exhausted();
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }

        void exhausted() throws IOException {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }
    }
}
