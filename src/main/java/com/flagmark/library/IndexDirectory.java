package com.flagmark.library;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The Lucene directory of a search index folder. Searches read the index's files mapped into
 * memory, the fastest way; merges read them with plain file reads instead. A merge reads whole
 * segments once, start to end, and mapping them would count every page read as the program's
 * own memory: during a large import, hundreds of megabytes that the operating system's file
 * cache holds anyway.
 */
final class IndexDirectory extends FilterDirectory {

    private final NIOFSDirectory plainReads;

    private IndexDirectory(Directory mapped, NIOFSDirectory plainReads) {
        super(mapped);
        this.plainReads = plainReads;
    }

    /** Opens the directory of the index in {@code folder}. */
    static IndexDirectory open(Path folder) throws IOException {
        return new IndexDirectory(FSDirectory.open(folder), new NIOFSDirectory(folder));
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        if (context.context == IOContext.Context.MERGE) {
            return plainReads.openInput(name, context);
        }
        return in.openInput(name, context);
    }

    @Override
    public void close() throws IOException {
        try {
            plainReads.close();
        } finally {
            in.close();
        }
    }
}
