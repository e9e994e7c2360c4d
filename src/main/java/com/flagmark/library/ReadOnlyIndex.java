package com.flagmark.library;

import com.flagmark.model.FlagmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * The search index of a library opened for reading only, by a user who may not write it: the
 * index in the folder beside the file if its last commit is caught up with the file, searched
 * as it is without taking Lucene's write lock or writing anything; otherwise an index built in
 * memory from the file, for as long as the library is open.
 */
final class ReadOnlyIndex {

    private ReadOnlyIndex() {
    }

    static IndexFolder open(Path folder, Database database) {
        try {
            if (caughtUp(folder, database)) {
                return new IndexFolder(folder, FSDirectory.open(folder, NoLockFactory.INSTANCE), null, SearchLog.Position.START);
            }
            return IndexFolder.build(folder, new ByteBuffersDirectory(), database);
        } catch (IOException failure) {
            throw new FlagmarkException("Could not read the search index of " + database.file() + ": "
                    + failure.getMessage(), failure);
        }
    }

    /** Tells whether the folder's last commit recorded the last change the file logged. */
    private static boolean caughtUp(Path folder, Database database) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder, NoLockFactory.INSTANCE)) {
            List<IndexCommit> commits = DirectoryReader.listCommits(directory);
            SearchLog.Position committed = SearchLog.Position.of(commits.get(commits.size() - 1).getUserData().entrySet());
            long last = database.read(connection -> SearchLog.last(connection));
            return committed.seq() == last && database.read(connection -> SearchLog.holds(connection, committed));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
