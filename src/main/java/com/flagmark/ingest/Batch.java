package com.flagmark.ingest;

import com.flagmark.ingest.FolderImporter.ReadFile;
import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of an import waiting to be stored in one transaction, and the outcome of every file
 * so far. Compares each file with the library: the same bytes, or the same article text, are
 * stored once.
 */
final class Batch {

    private final ImportStore store;
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private final List<NewFile> waiting = new ArrayList<>();
    private final List<String> waitingShown = new ArrayList<>();
    private final List<Integer> waitingOutcome = new ArrayList<>();
    private final List<List<Long>> waitingDuplicates = new ArrayList<>();
    private final List<Optional<String>> waitingNotes = new ArrayList<>();
    private final Set<String> waitingShas = new HashSet<>();
    private final Set<String> waitingFingerprints = new HashSet<>();
    private long bytes;
    private int articles;
    private int duplicates;

    Batch(ImportStore store) {
        this.store = store;
    }

    int size() {
        return waiting.size();
    }

    long bytes() {
        return bytes;
    }

    /** Decides what becomes of a file, keeping it for the next flush if it brings new articles. */
    void add(ReadFile read) {
        String file = read.shown();
        if (read.failure().isPresent()) {
            outcomes.add(FileOutcome.failed(file, read.failure().get()));
            return;
        }
        if (read.result() instanceof IngestResult.Skipped skipped) {
            outcomes.add(FileOutcome.skipped(file, skipped.reason()));
            return;
        }
        List<String> fingerprints = read.fingerprints();
        if (waitingShas.contains(read.sha256()) || fingerprints.stream().anyMatch(waitingFingerprints::contains)) {
            flush();
        }
        Optional<List<Long>> sameBytes = store.articlesFromFile(read.sha256());
        if (sameBytes.isPresent()) {
            duplicates += sameBytes.get().size();
            outcomes.add(FileOutcome.duplicate(file, sameBytes.get()));
            return;
        }
        addArticles(read, fingerprints);
    }

    private void addArticles(ReadFile read, List<String> fingerprints) {
        List<NewArticle> fresh = new ArrayList<>();
        List<Long> duplicateOf = new ArrayList<>();
        Set<String> inThisFile = new HashSet<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            String fingerprint = fingerprints.get(i);
            Optional<Long> known = store.articleWithFingerprint(fingerprint);
            if (known.isPresent() || !inThisFile.add(fingerprint)) {
                known.ifPresent(duplicateOf::add);
                duplicates++;
            } else {
                fresh.add(new NewArticle(read.articles().get(i), fingerprint, read.stated().get(i)));
            }
        }
        if (fresh.isEmpty()) {
            outcomes.add(FileOutcome.duplicate(read.shown(), duplicateOf));
            return;
        }
        IngestResult.Articles result = (IngestResult.Articles) read.result();
        waitingShown.add(read.shown());
        waiting.add(new NewFile(read.file().toString(), read.bytes(), read.sha256(), result.format(), result.charset(), fresh));
        waitingOutcome.add(outcomes.size());
        waitingDuplicates.add(duplicateOf);
        waitingNotes.add(result.note());
        outcomes.add(null);
        waitingShas.add(read.sha256());
        fresh.stream().map(NewArticle::fingerprint).forEach(waitingFingerprints::add);
        bytes += read.bytes().length;
    }

    /** Stores the waiting files in one transaction. */
    void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        List<List<Long>> ids = store.store(waiting);
        for (int i = 0; i < waiting.size(); i++) {
            articles += ids.get(i).size();
            outcomes.set(waitingOutcome.get(i),
                    FileOutcome.imported(waitingShown.get(i), ids.get(i), waitingDuplicates.get(i),
                            waitingNotes.get(i)));
        }
        waiting.clear();
        waitingShown.clear();
        waitingOutcome.clear();
        waitingDuplicates.clear();
        waitingNotes.clear();
        waitingShas.clear();
        waitingFingerprints.clear();
        bytes = 0;
    }

    ImportReport report(int files, boolean cancelled) {
        return new ImportReport(files, articles, duplicates, outcomes, cancelled);
    }
}
