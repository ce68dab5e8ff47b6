package io.summitry.postgres;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * The PostgreSQL binaries of the zonky artifact on the classpath, extracted once per machine into a cache folder that
 * an interrupted or failed extraction cannot leave half-filled.
 * <p>
 * zonky's own extraction holds the whole archive and each file in memory (a 64 MiB heap is not enough) and writes
 * straight into the folder it later trusts, so a process killed mid-way leaves a folder every later run trips over. So
 * this resolver extracts first, streaming, into a private temporary folder next to the cache entry, and renames it into
 * place in one atomic step; a process-wide file lock makes concurrent first starts (several test JVMs, a test and the
 * local run) extract once and lets the one holding the lock delete what dead extractions left. zonky is then handed a
 * short key instead of the archive: it names its binaries folder {@code PG-<md5 of what the resolver returned>} in the
 * working directory it is given, which is exactly the folder prepared here, complete with the {@code .exists} marker
 * it checks, so it finds the binaries ready and extracts nothing. Should a future zonky name folders differently, it
 * would try to extract the key and fail at once with an XZ format error, not silently.
 */
public final class PostgresBinaries implements PgBinaryResolver {

    /** System property naming the cache folder. */
    public static final String CACHE_PROPERTY = "summitry.postgres.cache";
    /** Environment variable naming the cache folder, used when the system property is not set. */
    public static final String CACHE_ENV = "SUMMITRY_POSTGRES_CACHE";

    /** The marker zonky checks before it trusts a binaries folder (see its {@code isPgBinReady}). */
    static final String READY_MARKER = ".exists";
    static final String PARTIAL_PREFIX = ".extracting-";
    private static final String LOCK_FILE = ".lock";
    // the archive unpacks to about 57 MiB; below this much free space an I/O error is most likely a full disk
    private static final long SPACE_NEEDED = 80L * 1024 * 1024;
    private static final Map<Path, PostgresBinaries> BY_CACHE = new ConcurrentHashMap<>();
    private static final Map<Path, Object> THREAD_LOCKS = new ConcurrentHashMap<>();

    private final Path cache;
    private final PgBinaryResolver archives;

    PostgresBinaries(Path cache, PgBinaryResolver archives) {
        this.cache = cache.toAbsolutePath().normalize();
        this.archives = archives;
    }

    /**
     * The resolver for a cache folder; one instance per folder, because zonky remembers the binaries it prepared per
     * resolver instance and so asks each instance once per JVM.
     */
    public static PostgresBinaries in(Path cache) {
        return BY_CACHE.computeIfAbsent(cache.toAbsolutePath().normalize(),
                dir -> new PostgresBinaries(dir, DefaultPostgresBinaryResolver.INSTANCE));
    }

    /**
     * Where the binaries are cached: system property {@value #CACHE_PROPERTY}, else environment variable
     * {@value #CACHE_ENV}, else {@code summitry-postgres} in the temporary folder.
     */
    public static Path defaultCache() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(CACHE_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "summitry-postgres");
    }

    /** The cache folder this resolver extracts into; zonky's working directory. */
    public Path cache() {
        return cache;
    }

    /** Makes sure the binaries are extracted and hands zonky the key of their folder. */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        return new ByteArrayInputStream(prepare(system, machineHardware).key());
    }

    /** The extracted binaries for a system: extracted now unless a complete copy is in the cache already. */
    Prepared prepare(String system, String machineHardware) throws IOException {
        Prepared prepared = locate(system, machineHardware);
        if (!Files.isRegularFile(prepared.folder().resolve(READY_MARKER))) {
            extractOnce(system, machineHardware, prepared.folder());
        }
        return prepared;
    }

    /** The key of the archive for a system and the folder zonky will look for, without extracting anything. */
    Prepared locate(String system, String machineHardware) throws IOException {
        String digest;
        try (InputStream archive = archive(system, machineHardware)) {
            digest = sha256(archive);
        }
        byte[] key = ("summitry-postgres-binaries:sha256:" + digest).getBytes(StandardCharsets.US_ASCII);
        return new Prepared(key, cache.resolve("PG-" + HexFormat.of().formatHex(digest("MD5").digest(key))));
    }

    /** What zonky is handed and the folder it will use. */
    record Prepared(byte[] key, Path folder) {
    }

    private void extractOnce(String system, String machineHardware, Path folder) throws IOException {
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            throw failure("Could not create the PostgreSQL binaries cache " + cache, e);
        }
        // the file lock guards against other processes; the monitor against other threads of this one, which a file
        // lock does not (it throws OverlappingFileLockException instead of waiting)
        synchronized (THREAD_LOCKS.computeIfAbsent(cache, dir -> new Object())) {
            try (FileChannel channel = FileChannel.open(cache.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (Files.isRegularFile(folder.resolve(READY_MARKER))) {
                    return; // another process extracted while this one waited
                }
                deleteLeftovers(folder);
                Path partial = Files.createTempDirectory(cache, PARTIAL_PREFIX);
                try (InputStream archive = archive(system, machineHardware)) {
                    extract(archive, partial);
                    markReady(partial);
                    Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    deleteRecursively(partial);
                    throw e;
                }
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The PostgreSQL binaries cache " + cache + " cannot rename folders atomically; "
                        + "point " + CACHE_ENV + " (or -D" + CACHE_PROPERTY + ") at a local disk", e);
            } catch (IOException e) {
                throw failure("Could not extract the PostgreSQL binaries into " + cache, e);
            }
        }
    }

    /**
     * Holding the lock, everything partial here was left by an extraction that died (killed, disk full), and a folder
     * without its marker by an older, non-atomic extraction: neither will ever be completed, so both go.
     */
    private void deleteLeftovers(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (entry.getFileName().toString().startsWith(PARTIAL_PREFIX)) {
                    deleteRecursively(entry);
                }
            }
        }
        if (Files.exists(folder)) {
            deleteRecursively(folder);
        }
    }

    /**
     * Unpacks a {@code .txz} entry by entry, streaming each file to disk, so memory stays at the XZ dictionary (8 MiB
     * for zonky's archives) whatever the size of the files.
     */
    static void extract(InputStream txz, Path target) throws IOException {
        boolean posix = Files.getFileStore(target).supportsFileAttributeView("posix");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = inside(target, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, inside(target, entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.copy(tar, path);
                    if (posix) {
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    } else if (isBinary(entry.getName())) {
                        path.toFile().setExecutable(true, false);
                    }
                } else {
                    throw new IOException("Unsupported entry in the PostgreSQL archive: " + entry.getName());
                }
            }
        }
    }

    /**
     * Writes zonky's ready marker last and dates everything so that its check (marker no older than the folder and
     * its entries) holds; the rename keeps the folder's own time, since it stays in the same parent.
     */
    private static void markReady(Path folder) throws IOException {
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!Files.isSymbolicLink(entry)) {
                    Files.setLastModifiedTime(entry, now);
                }
            }
        }
        Path marker = Files.createFile(folder.resolve(READY_MARKER));
        Files.setLastModifiedTime(marker, now);
        Files.setLastModifiedTime(folder, now);
    }

    private InputStream archive(String system, String machineHardware) throws IOException {
        InputStream archive = archives.getPgBinary(system, machineHardware);
        if (archive == null) {
            throw new IOException("No PostgreSQL binaries on the classpath for " + system + " " + machineHardware);
        }
        return archive;
    }

    private static Path inside(Path target, String name) throws IOException {
        Path path = target.resolve(name).normalize();
        if (!path.startsWith(target)) {
            throw new IOException("Archive entry outside the target folder: " + name);
        }
        return path;
    }

    private static boolean isBinary(String name) {
        return name.startsWith("bin/") || name.startsWith("./bin/");
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        // the owner must be able to read and replace what it extracted, whatever the archive says
        permissions.add(PosixFilePermission.OWNER_READ);
        permissions.add(PosixFilePermission.OWNER_WRITE);
        return permissions;
    }

    /** An I/O failure, reworded when the disk is full, because that one the user can fix. */
    private IOException failure(String what, IOException e) {
        long free = usableSpace();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("No space left on device") || (free >= 0 && free < SPACE_NEEDED)) {
            return new IOException("Not enough free disk space to extract the PostgreSQL binaries into " + cache
                    + " (they need about " + SPACE_NEEDED / (1024 * 1024) + " MiB; " + free / (1024 * 1024)
                    + " MiB free). Free some space, or point " + CACHE_ENV + " (or -D" + CACHE_PROPERTY
                    + ") at a folder on a disk with room.", e);
        }
        return new IOException(what + ": " + e, e);
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(cache).getUsableSpace();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static String sha256(InputStream in) throws IOException {
        DigestInputStream digesting = new DigestInputStream(in, digest("SHA-256"));
        digesting.transferTo(java.io.OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
