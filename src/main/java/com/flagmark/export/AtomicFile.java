package com.flagmark.export;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, which is moved
 * over the target only once everything is written. A failure deletes the temporary file and
 * leaves the target as it was. The temporary file is created as any new file of the user's is
 * (on Unix, with the permissions the umask leaves), not owner-only as a temporary file would be,
 * so that the written file can be shared as the user's other files are.
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
     * Writes {@code target} with the content.
     *
     * @throws FlagmarkException if the file cannot be written, saying why
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FlagmarkException("Cannot write " + target + ": the folder " + folder + " does not exist.", null,
                    "export.folderMissing", target, folder);
        }
        Path temporary = null;
        try {
            temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part"));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(temporary);
            if (failure instanceof FlagmarkException userFacing) {
                throw userFacing;
            }
            throw new FlagmarkException("Cannot write " + target + ": " + describe(failure)
                    + ". Nothing was written.", failure, "export.cannotWrite", target, describe(failure));
        }
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
            // A hidden .part file may stay; the target itself is untouched.
        }
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
