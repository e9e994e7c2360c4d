package com.flagmark.ingest;

import com.flagmark.model.Reason;
import com.flagmark.ingest.FolderImporter.ReadFile;
import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The files of an import waiting to be stored in one transaction, and the outcome of every file
 * so far. Compares each file with the library: the same bytes, or the same article text, are
 * stored once.
 */
final class Batch {

    /** How often a file is compared and stored again while other imports store it first. */
    private static final int MOST_TRIES = 3;

    private final ImportStore store;
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private final List<NewFile> waiting = new ArrayList<>();
    private final List<String> waitingShown = new ArrayList<>();
    private final List<Integer> waitingOutcome = new ArrayList<>();
    private final List<List<Long>> waitingDuplicates = new ArrayList<>();
    private final List<Optional<Reason>> waitingNotes = new ArrayList<>();
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

    /**
     * Stores the waiting files in one transaction; if another import stored some of them since
     * they were compared with the library, compares each again and stores it on its own.
     */
    void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            List<List<Long>> ids = store.store(waiting);
            for (int i = 0; i < waiting.size(); i++) {
                imported(i, ids.get(i));
            }
        } catch (ImportStore.AlreadyStored meanwhile) {
            for (int i = 0; i < waiting.size(); i++) {
                storeAgain(i, MOST_TRIES);
            }
        }
        clear();
    }

    /**
     * Stores one waiting file on its own, after another import stored some of the batch; tries
     * again while other imports keep storing the same files first.
     */
    private void storeAgain(int waitingIndex, int tries) {
        NewFile file = waiting.get(waitingIndex);
        Optional<List<Long>> sameBytes = store.articlesFromFile(file.sha256());
        if (sameBytes.isPresent()) {
            duplicates += sameBytes.get().size();
            outcomes.set(waitingOutcome.get(waitingIndex), FileOutcome.duplicate(waitingShown.get(waitingIndex), sameBytes.get()));
            return;
        }
        List<NewArticle> fresh = new ArrayList<>();
        List<Long> duplicateOf = new ArrayList<>(waitingDuplicates.get(waitingIndex));
        for (NewArticle article : file.articles()) {
            Optional<Long> known = store.articleWithFingerprint(article.fingerprint());
            known.ifPresentOrElse(duplicateOf::add, () -> fresh.add(article));
            duplicates += known.isPresent() ? 1 : 0;
        }
        if (fresh.isEmpty()) {
            outcomes.set(waitingOutcome.get(waitingIndex), FileOutcome.duplicate(waitingShown.get(waitingIndex), duplicateOf));
            return;
        }
        waitingDuplicates.set(waitingIndex, duplicateOf);
        NewFile rest = new NewFile(file.path(), file.bytes(), file.sha256(), file.format(), file.charset(), fresh);
        try {
            imported(waitingIndex, store.store(List.of(rest)).get(0));
        } catch (ImportStore.AlreadyStored meanwhile) {
            if (tries == 1) {
                throw meanwhile;
            }
            storeAgain(waitingIndex, tries - 1);
        }
    }

    private void imported(int waitingIndex, List<Long> ids) {
        articles += ids.size();
        outcomes.set(waitingOutcome.get(waitingIndex), FileOutcome.imported(waitingShown.get(waitingIndex), ids,
                waitingDuplicates.get(waitingIndex), waitingNotes.get(waitingIndex)));
    }

    private void clear() {
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

    /** Returns the report of an import the library stopped: the waiting files were not stored. */
    ImportReport stopped(int files, String reason) {
        for (int i = 0; i < waiting.size(); i++) {
            outcomes.set(waitingOutcome.get(i), FileOutcome.failed(waitingShown.get(i),
                    Reason.because("not stored: " + reason, "import.notStored", reason)));
        }
        clear();
        outcomes.removeIf(Objects::isNull);
        return new ImportReport(files, articles, duplicates, outcomes, false, Optional.of(reason));
    }
}
