package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBufferIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MergeInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merges read the index's files without mapping them into memory; searches map them. */
class IndexDirectoryTest {

    private static final IOContext MERGE = new IOContext(new MergeInfo(1, 1, false, 1));

    @TempDir
    Path folder;

    @Test
    void mergeReadsTheSameBytesWithPlainFileReads() throws IOException {
        try (IndexDirectory directory = IndexDirectory.open(folder)) {
            try (IndexOutput out = directory.createOutput("postings", IOContext.DEFAULT)) {
                out.writeString("约谈𠮷");
                out.writeLong(20_221_130L);
            }

            try (IndexInput merging = directory.openInput("postings", MERGE)) {
                assertThat(merging.toString()).startsWith("NIOFSIndexInput");
                assertThat(merging.readString()).isEqualTo("约谈𠮷");
                assertThat(merging.readLong()).isEqualTo(20_221_130L);
            }
        }
    }

    @Test
    void searchReadsTheFileMappedIntoMemory() throws IOException {
        try (IndexDirectory directory = IndexDirectory.open(folder)) {
            try (IndexOutput out = directory.createOutput("postings", IOContext.DEFAULT)) {
                out.writeString("约谈");
            }

            try (IndexInput searching = directory.openInput("postings", IOContext.READ)) {
                // On Java 17 Lucene reads a memory-mapped file through a ByteBufferIndexInput.
                assertThat(searching).isInstanceOf(ByteBufferIndexInput.class);
                assertThat(searching.readString()).isEqualTo("约谈");
            }
        }
    }
}
