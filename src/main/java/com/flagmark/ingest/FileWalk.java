package com.flagmark.ingest;

import com.flagmark.model.Reason;
import com.flagmark.model.FileKind;
import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the files to import under a path, in a stable order, passing over hidden ones. */
final class FileWalk {

    private FileWalk() {
    }

    /** An entry found by the walk, with its size as the walk saw it (0 where it could not). */
    record Entry(Path path, long size) {
    }

    /**
     * Returns what is under {@code root} (or {@code root} itself if it is a file), sorted by
     * path: files, and the links, pipes, sockets and devices that {@link #whyPassedOver} tells
     * why they are not read. Links to folders are not followed, so a link loop cannot trap the walk.
     */
    static List<Entry> files(Path root) {
        if (!Files.exists(root)) {
            throw new FlagmarkException("Nothing to import: " + root + " does not exist.");
        }
        if (Files.isRegularFile(root)) {
            return List.of(new Entry(root, sizeOf(root)));
        }
        if (!Files.isDirectory(root)) {
            throw new FlagmarkException("Cannot import " + root + ": it is neither a file nor a folder.");
        }
        List<Entry> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // Links, pipes, sockets and devices are listed too, to be reported as passed over.
                    if (!isHidden(file)) {
                        files.add(new Entry(file, attributes.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                    // Reading it again fails too, and reports the file as failed with the reason.
                    files.add(new Entry(file, 0));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException unreadable) {
            throw new FlagmarkException("Cannot read the folder " + root + ": " + unreadable.getMessage(), unreadable);
        }
        files.sort(Comparator.comparing(entry -> entry.path().toString()));
        return files;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            // Reading it fails too, and reports the file as failed with the reason.
            return 0;
        }
    }

    /**
     * Returns why the walk's entry is not read as a file, if it is not one: a named pipe would
     * block the import forever, a device could be endless, a link loop leads nowhere. A link to
     * a regular file is read.
     */
    static Optional<Reason> whyPassedOver(Path entry) {
        if (Files.isSymbolicLink(entry)) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (NoSuchFileException dangling) {
                return Optional.of(Reason.because("a symbolic link to a file that does not exist", "import.danglingLink"));
            } catch (IOException loop) {
                return Optional.of(Reason.because("a symbolic link loop, or a link that cannot be followed",
                        "import.linkLoop"));
            }
            if (Files.isDirectory(target)) {
                return Optional.of(Reason.because("a symbolic link to a folder; links to folders are not followed",
                        "import.folderLink"));
            }
            return Files.isRegularFile(target) ? Optional.empty()
                    : Optional.of(Reason.because("a symbolic link to " + FileKind.describe(target) + ", not a file",
                            "import.notAFile"));
        }
        if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(Reason.because(FileKind.describe(entry) + ", not a file", "import.notAFile"));
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
