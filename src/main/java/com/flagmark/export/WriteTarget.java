package com.flagmark.export;

import com.flagmark.model.FileKind;
import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;

/**
 * Decides which file an export may replace: the path itself, or, for a symbolic link, the file
 * it points to; and only a regular file of the user's that the user may write. Anything else (a
 * folder, a FIFO, a socket, a device such as {@code /dev/full}, another user's file) is refused,
 * since moving a new file over it would destroy it rather than write to it.
 */
final class WriteTarget {

    /** More links than this in a row is a loop, as the operating system counts. */
    private static final int MOST_LINKS = 40;

    private WriteTarget() {
    }

    /**
     * Returns the absolute path of the regular file to write for {@code target}, which need not
     * exist yet.
     *
     * @throws FlagmarkException saying why the target cannot be replaced
     */
    static Path resolve(Path target) {
        Path path = followLinks(target.toAbsolutePath(), target);
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FlagmarkException("Cannot write " + target + ": the folder " + folder + " does not exist.", null,
                    "export.folderMissing", target, folder);
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            checkReplaceable(path, target);
        }
        return path;
    }

    private static Path followLinks(Path path, Path target) {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MOST_LINKS) {
                throw new FlagmarkException("Cannot write " + target + ": its symbolic links form a loop.");
            }
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException unreadable) {
                throw new FlagmarkException("Cannot write " + target + ": its symbolic link cannot be read ("
                        + unreadable.getMessage() + ").", unreadable);
            }
        }
        return current;
    }

    private static void checkReplaceable(Path path, Path target) {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new FlagmarkException("Cannot write " + target + ": it is " + FileKind.describe(path)
                    + ", not a regular file; choose a file name instead.");
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!attributes.owner().equals(me)) {
                throw new FlagmarkException("Cannot write " + target + ": it belongs to " + attributes.owner().getName()
                        + "; Flagmark does not replace another user's file.");
            }
            if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
                throw readOnly(target);
            }
        } catch (UnsupportedOperationException | IOException notPosix) {
            if (!Files.isWritable(path)) {
                throw readOnly(target);
            }
        }
    }

    private static FlagmarkException readOnly(Path target) {
        return new FlagmarkException("Cannot write " + target + ": the file is read-only; Flagmark does not replace it.");
    }
}
