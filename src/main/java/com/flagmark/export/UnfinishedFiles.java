package com.flagmark.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files exports are written into before they are moved into place, named
 * {@code coded.csv.flagmark-unfinished-PID-N} so that a user who sees one knows what it is,
 * and removed by the next export to the same folder once the program that wrote it has ended
 * (a process killed half-way cannot remove its own).
 */
final class UnfinishedFiles {

    private static final String MARK = ".flagmark-unfinished-";
    private static final Pattern NAME = Pattern.compile(".+" + Pattern.quote(MARK) + "(\\d+)-\\d+");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private UnfinishedFiles() {
    }

    /** Creates an empty temporary file beside {@code destination}, with the user's default permissions. */
    static Path create(Path destination) throws IOException {
        while (true) {
            Path candidate = destination.resolveSibling(destination.getFileName() + MARK
                    + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet());
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // A file of an earlier program with this process id: try the next number.
            }
        }
    }

    /** Removes the temporary files in {@code folder} whose program is no longer running. */
    static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + MARK + "*")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && !isRunning(Long.parseLong(name.group(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Leftovers only take space; the export itself does not depend on removing them.
        }
    }

    private static boolean isRunning(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
