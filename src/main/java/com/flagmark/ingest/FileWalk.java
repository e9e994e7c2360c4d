package com.flagmark.ingest;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the files to import under a path, in a stable order, passing over hidden ones. */
final class FileWalk {

    private FileWalk() {
    }

    /**
     * Returns the regular files under {@code root} (or {@code root} itself if it is a file),
     * sorted by path. Folders that cannot be opened are passed over; links to folders are not
     * followed, so a link loop cannot trap the walk.
     */
    static List<Path> files(Path root) {
        if (!Files.exists(root)) {
            throw new FlagmarkException("Nothing to import: " + root + " does not exist.");
        }
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new FlagmarkException("Cannot import " + root + ": it is neither a file nor a folder.");
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                    // Reading it again fails too, and reports the file as failed with the reason.
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException unreadable) {
            throw new FlagmarkException("Cannot read the folder " + root + ": " + unreadable.getMessage(), unreadable);
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
