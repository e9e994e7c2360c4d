package com.flagmark.export;

import com.flagmark.library.Library;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Imports annotations from a W3C Web Annotation JSON file, a REFI-QDA project ({@code .qdpx})
 * or codebook ({@code .qdc}). The file is streamed, never held whole: a reader hands on its
 * codes, sources and annotations as it meets them, and {@link IncomingStore} stores them, all
 * in one transaction. A malformed or hostile file is refused with a message as soon as the
 * reader meets the fault or a limit ({@link ImportLimits}), and the transaction is rolled back,
 * so a refusal changes nothing. Codes are merged into the codebook by path, a project's sources
 * the library lacks become articles, and each annotation is matched to its article and passage
 * ({@link ArticleMatch}). An annotation the library already has (same passage, same codes) is
 * not added again, so importing a file twice adds nothing; whatever cannot be imported is
 * reported, never dropped silently.
 */
public final class AnnotationImport {

    private final Library library;
    private final ImportLimits limits;

    public AnnotationImport(Library library) {
        this(library, ImportLimits.DEFAULT);
    }

    AnnotationImport(Library library, ImportLimits limits) {
        this.library = library;
        this.limits = limits;
    }

    /**
     * Reads the file and stores what it holds; returns what was done.
     *
     * @throws RefusedFile if the file cannot be read, is not one of the formats or is past a
     *         limit, having changed nothing
     * @throws FlagmarkException if the library cannot be written or the user cancelled, having changed nothing
     */
    public AnnotationImportReport run(Path file, Progress progress) {
        String fileName = file.getFileName().toString();
        long size = size(file);
        int first = firstSignificant(file);
        Steps.checkCancelled(progress);
        return library.transaction(() -> {
            IncomingStore store = new IncomingStore(library, fileName, progress);
            String format = switch (first) {
                case 'P' -> QdaReader.project(file, fileName, limits, store, progress);
                case '<' -> QdaReader.xml(file, fileName, limits, store, progress);
                case '{', '[' -> readJson(file, fileName, size, progress, store);
                default -> throw new RefusedFile(fileName + " is neither W3C Web Annotation JSON nor a REFI-QDA project"
                        + " (.qdpx) or codebook (.qdc); nothing was imported.");
            };
            return store.report(format);
        });
    }

    private String readJson(Path file, String fileName, long size, Progress progress, IncomingStore store) {
        try (InputStream in = new ProgressStream(Files.newInputStream(file), size, progress)) {
            return WebAnnotationReader.read(in, fileName, limits, store);
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    private long size(Path file) {
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
