package com.flagmark.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where SQLite's native library is loaded from. The driver would unpack it into {@code /tmp}
 * under a new name in every process and leave it there when the process is killed; Flagmark
 * unpacks it once per driver version into the user's cache folder and has the driver load it
 * from there, so a killed Flagmark leaves nothing behind.
 */
final class NativeSqlite {

    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Points the driver at the unpacked library; called before the driver opens its first connection. */
    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        Path cache = LibraryLocation.cacheFolder();
        try {
            Path library = unpacked(cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()));
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        } catch (IOException | RuntimeException notUnpacked) {
            // The driver unpacks it itself then, into the cache folder rather than /tmp where it can.
            if (Files.isDirectory(cache) && Files.isWritable(cache)) {
                System.setProperty("org.sqlite.tmpdir", cache.toString());
            }
        }
    }

    /** Returns the native library in {@code folder}, unpacking it there first if it is not whole there yet. */
    private static Path unpacked(Path folder) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native library for this system in the driver");
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(library) && Files.size(library) == bytes.length) {
                return library;
            }
            Files.createDirectories(folder);
            removeAbandoned(folder);
            Path temporary = Files.createTempFile(folder, "unpacking-", ".tmp");
            try {
                Files.write(temporary, bytes);
                moveInto(temporary, library);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return library;
        }
    }

    /** Removes what a program killed while unpacking left; one unpacking now takes well under a minute. */
    private static void removeAbandoned(Path folder) throws IOException {
        Instant old = Instant.now().minus(Duration.ofMinutes(1));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "unpacking-*.tmp")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(old)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void moveInto(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
