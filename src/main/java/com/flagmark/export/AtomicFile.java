package com.flagmark.export;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, which is moved
 * over the target only once everything is written. A failure deletes the temporary file and
 * leaves the target as it was. Only a regular file is ever replaced (a link's regular target
 * rather than the link), and a replaced file keeps its permissions; a new file gets those any new
 * file of the user's gets (on Unix, what the umask leaves), not owner-only as a temporary file
 * would, so that the written file can be shared as the user's other files are.
 */
public final class AtomicFile {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} with the content. If {@code target} is a symbolic link, the file it
     * points to is written. Temporary files a killed Flagmark left in that folder are removed
     * first (see {@link UnfinishedFiles}).
     *
     * @throws FlagmarkException if the file cannot be written, saying why: among others when the
     *         target is not a regular file (a folder, a FIFO, a device), belongs to another user
     *         or is read-only
     */
    public static void write(Path target, Content content) {
        Path destination = WriteTarget.resolve(target);
        Path folder = destination.getParent();
        UnfinishedFiles.removeLeftovers(folder);
        Path temporary = null;
        try {
            temporary = UnfinishedFiles.create(destination);
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(destination, temporary);
            move(temporary, destination);
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(temporary);
            if (failure instanceof FlagmarkException userFacing) {
                throw userFacing;
            }
            throw new FlagmarkException("Cannot write " + target + ": " + describe(failure)
                    + ". Nothing was written.", failure, "export.cannotWrite", target, describe(failure));
        }
    }

    /** Gives the new file the permissions of the one it replaces; a new file keeps the user's umask. */
    private static void keepPermissions(Path replaced, Path temporary) throws IOException {
        if (!Files.exists(replaced) || Files.getFileAttributeView(replaced, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(replaced);
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException leftBehind) {
            // The next export to this folder removes it; the target itself is untouched.
        }
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
