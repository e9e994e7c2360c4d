package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An imported file's bytes as the library keeps them: zlib-compressed where that saves space,
 * as they are otherwise, with the method named beside them.
 */
record RawBytes(String compression, byte[] stored) {

    static final String NONE = "none";
    static final String ZLIB = "zlib";

    /** Compresses the files an import stores while the thread that stores them writes the rest. */
    private static final ExecutorService COMPRESSOR = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "raw-bytes-compressor");
        thread.setDaemon(true);
        return thread;
    });

    /** Compresses the bytes as {@link #compress(byte[])} does, on a thread of its own. */
    static CompletableFuture<RawBytes> compressElsewhere(byte[] bytes) {
        return CompletableFuture.supplyAsync(() -> compress(bytes), COMPRESSOR);
    }

    /**
     * Compresses the bytes, at the fastest level: imports are bound by time more than the
     * library by space, and text still shrinks to about a third.
     */
    static RawBytes compress(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
                if (out.size() >= bytes.length) {
                    return new RawBytes(NONE, bytes.clone());
                }
            }
            return new RawBytes(ZLIB, out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** Returns the bytes as they were imported. */
    byte[] original() {
        return switch (compression) {
            case NONE -> stored.clone();
            case ZLIB -> inflate(stored);
            default -> throw damaged(null);
        };
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 3);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(null);
                }
                out.write(buffer, 0, count);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damaged(e);
        } finally {
            inflater.end();
        }
    }

    private static FlagmarkException damaged(Exception cause) {
        return new FlagmarkException("The library is damaged: the stored copy of an imported"
                + " file cannot be read.", cause);
    }
}
