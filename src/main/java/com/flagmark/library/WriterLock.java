package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a restore from replacing a library that a program is writing. Every program that opens
 * a library for writing holds a shared lock on the file {@code LIBRARY-lock} beside it for as
 * long as it has it open; a restore takes that lock for itself alone, and is refused while
 * anyone else holds it. The operating system lets go of a killed program's lock, so a crash
 * never leaves a library that cannot be restored.
 *
 * <p>SQLite's own locks cannot serve: they guard each transaction, and an import writes many,
 * so between two of them a restore would find the file free and replace it under the import.
 */
final class WriterLock implements AutoCloseable {

    /** The locks this program holds, by lock file: the system's locks belong to a whole process. */
    private static final Map<Path, WriterLock> HELD = new HashMap<>();

    private final Path lockFile;
    private final FileChannel channel;
    private final boolean exclusive;
    private int holders = 1;

    private WriterLock(Path lockFile, FileChannel channel, boolean exclusive) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.exclusive = exclusive;
    }

    /**
     * Holds the library open for writing, beside any other program writing it.
     *
     * @throws FlagmarkException if the library is being restored
     */
    static WriterLock forWriting(Path libraryFile) {
        Path lockFile = lockFileOf(libraryFile);
        synchronized (HELD) {
            WriterLock held = HELD.get(lockFile);
            if (held != null && !held.exclusive) {
                held.holders++;
                return held;
            }
            WriterLock taken = held == null ? take(lockFile, true) : null;
            if (taken == null) {
                throw new FlagmarkException("The library " + libraryFile + " is being restored from a backup; open it"
                        + " again once that has finished.", null, "library.restoring", libraryFile);
            }
            HELD.put(lockFile, taken);
            return taken;
        }
    }

    /**
     * Holds the library for a restore, which no one else may write or open for writing meanwhile.
     *
     * @throws FlagmarkException if a program, this one or another, has the library open for writing
     */
    static WriterLock forRestoring(Path libraryFile) {
        Path lockFile = lockFileOf(libraryFile);
        synchronized (HELD) {
            if (HELD.containsKey(lockFile)) {
                throw new FlagmarkException("The library " + libraryFile + " is open; close it first. Nothing was"
                        + " changed.", null, "restore.open", libraryFile);
            }
            WriterLock taken = take(lockFile, false);
            if (taken == null) {
                throw new FlagmarkException("The library " + libraryFile + " is being written (by an import, or a"
                        + " window that has it open); restore it once the import has ended and the library is closed."
                        + " Nothing was changed.", null, "restore.busy", libraryFile);
            }
            HELD.put(lockFile, taken);
            return taken;
        }
    }

    /** Returns the lock file of a library, {@code library.sqlite-lock} beside it. */
    static Path lockFileOf(Path libraryFile) {
        Path absolute = libraryFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-lock");
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (--holders > 0) {
                return;
            }
            HELD.remove(lockFile);
            try {
                // Closing the channel lets go of the lock; the file stays, since removing it would
                // let two programs lock two different files of the same name.
                channel.close();
            } catch (IOException ignored) {
                // The lock goes with the channel whatever the close reports.
            }
        }
    }

    /** Takes the lock, or returns null when another program holds it in a way that excludes this. */
    private static WriterLock take(Path lockFile, boolean shared) {
        FileChannel channel = open(lockFile, shared);
        try {
            if (channel.tryLock(0, Long.MAX_VALUE, shared) == null) {
                channel.close();
                return null;
            }
            return new WriterLock(lockFile, channel, !shared);
        } catch (IOException failure) {
            closeQuietly(channel);
            throw cannotLock(lockFile, failure);
        }
    }

    /** Opens the lock file, creating it; a shared lock needs only to read one another user made. */
    private static FileChannel open(Path lockFile, boolean shared) {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException notOurs) {
            if (!shared) {
                throw cannotLock(lockFile, notOurs);
            }
            try {
                return FileChannel.open(lockFile, StandardOpenOption.READ);
            } catch (IOException failure) {
                throw cannotLock(lockFile, failure);
            }
        } catch (IOException failure) {
            throw cannotLock(lockFile, failure);
        }
    }

    private static FlagmarkException cannotLock(Path lockFile, IOException failure) {
        return new FlagmarkException("Could not use " + lockFile + ", which tells programs writing the library"
                + " from one restoring it: " + failure.getMessage() + ".", failure);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Only letting go of a lock not taken.
        }
    }
}
