package com.flagmark.export;

import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of annotations to read: W3C Web Annotation JSON, a REFI-QDA project ({@code .qdpx}) or
 * a REFI-QDA codebook ({@code .qdc}), told apart by their first bytes. Reading streams the file,
 * never holding it whole: the format's reader hands on codes, sources and annotations to an
 * {@link Incoming} as it meets them, and refuses the file ({@link RefusedFile}) as soon as it
 * meets a fault or passes one of the {@link ImportLimits}, so whoever stores what it hands on
 * must be able to undo it.
 */
public final class AnnotationFile {

    private final Path file;
    private final String fileName;
    private final long size;
    private final int first;
    private final ImportLimits limits;

    private AnnotationFile(Path file, long size, int first, ImportLimits limits) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.size = size;
        this.first = first;
        this.limits = limits;
    }

    /**
     * Opens a file of annotations, having checked that it is there, within the size limit, and
     * of one of the formats.
     *
     * @throws RefusedFile if it is missing, unreadable, empty, too large or of no known format
     */
    public static AnnotationFile open(Path file, ImportLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        long size = size(file, limits);
        int first = firstSignificant(file);
        if (first != 'P' && first != '<' && first != '{' && first != '[') {
            throw new RefusedFile(file.getFileName() + " is neither W3C Web Annotation JSON nor a REFI-QDA project"
                    + " (.qdpx) or codebook (.qdc); nothing was imported.");
        }
        return new AnnotationFile(file, size, first, limits);
    }

    /** Returns the file's name, as reports name it. */
    public String name() {
        return fileName;
    }

    /**
     * Reads the file through, handing on what it holds to {@code incoming}, and telling
     * {@code progress} how many bytes of it were read; returns the format's name, such as
     * {@code REFI-QDA project}.
     *
     * @throws RefusedFile if the file is malformed, unsafe or past a limit, wherever it is met
     * @throws FlagmarkException if the user cancelled while it was read
     */
    public String read(Incoming incoming, Progress progress) {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(progress, "progress");
        return switch (first) {
            case 'P' -> QdaReader.project(file, fileName, limits, incoming, progress);
            case '<' -> QdaReader.xml(file, fileName, limits, incoming, progress);
            default -> readJson(incoming, progress);
        };
    }

    private String readJson(Incoming incoming, Progress progress) {
        try (InputStream in = new ProgressStream(Files.newInputStream(file), size, progress)) {
            return WebAnnotationReader.read(in, fileName, limits, incoming);
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    private static long size(Path file, ImportLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.mostFileBytes()) {
                throw new RefusedFile(file + " is larger than " + (limits.mostFileBytes() >> 20)
                        + " MB; nothing was imported.");
            }
            return size;
        } catch (NoSuchFileException missing) {
            throw new RefusedFile("There is no file " + file + ".");
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    /**
     * The first byte that is not white space or a UTF-8 byte-order mark, which tells the format.
     *
     * @throws RefusedFile if the file is empty or only white space
     */
    private static int firstSignificant(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            for (int at = bom ? 3 : 0; at < head.length; at++) {
                if (!Character.isWhitespace(head[at])) {
                    return head[at];
                }
            }
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (!Character.isWhitespace(b)) {
                    return b;
                }
            }
        } catch (NoSuchFileException missing) {
            throw new RefusedFile("There is no file " + file + ".");
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + file + ": " + unreadable.getMessage());
        }
        throw new RefusedFile(file.getFileName() + " is empty; nothing was imported.");
    }
}
