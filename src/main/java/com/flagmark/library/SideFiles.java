package com.flagmark.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;

/**
 * Names what stops a library from being opened for writing: the file, SQLite's side files
 * beside it ({@code -wal}, {@code -shm}), which another user may have left, or the folder.
 */
final class SideFiles {

    private SideFiles() {
    }

    /** Returns a sentence naming the file or folder in the way and what to do, if one is. */
    static Optional<String> inTheWay(Path file) {
        Path absolute = file.toAbsolutePath();
        for (Path candidate : List.of(absolute, Connections.sideFile(absolute, "-wal"), Connections.sideFile(absolute, "-shm"))) {
            if (Files.exists(candidate) && !Files.isWritable(candidate)) {
                return Optional.of(candidate + " cannot be written by you" + owner(candidate)
                        + (candidate.equals(absolute) ? "." : "; it is SQLite's side file, left by a program that had the"
                        + " library open: once no one has the library open, its owner may delete it."));
            }
        }
        Path folder = absolute.getParent();
        if (folder != null && !Files.isWritable(folder)) {
            return Optional.of("its folder " + folder + " cannot be written by you" + owner(folder) + ".");
        }
        return Optional.empty();
    }

    private static String owner(Path path) {
        try {
            UserPrincipal owner = Files.getOwner(path);
            String me = System.getProperty("user.name", "");
            return owner.getName().equals(me) ? "" : " (it belongs to " + owner.getName() + ")";
        } catch (IOException | UnsupportedOperationException unknown) {
            return "";
        }
    }
}
