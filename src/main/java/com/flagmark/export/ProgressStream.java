package com.flagmark.export;

import com.flagmark.model.Progress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file read as a stream, telling a {@link Progress} how far the reading got now and then,
 * and stopping it when the user cancels.
 */
final class ProgressStream extends FilterInputStream {

    private static final long EVERY = 1 << 20;
    private static final String MESSAGE = "Reading annotations";

    private final long total;
    private final Progress progress;
    private long read;
    private long told;

    /** @param total how many bytes the stream holds, or -1 if not known */
    ProgressStream(InputStream in, long total, Progress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
        progress.update(0, Math.max(total, 0), MESSAGE);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read - told >= EVERY) {
            told = read;
            progress.update(read, Math.max(total, read), MESSAGE);
            Steps.checkCancelled(progress);
        }
    }
}
