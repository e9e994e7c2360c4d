package com.flagmark.app;

import com.flagmark.ingest.ImportReport;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.library.StoredArticle;
import com.flagmark.render.ReaderHtml;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the open library, its articles, and the article being read. Every
 * call to the library runs on the library executor, one at a time; an import runs on its own
 * connection through the import executor.
 */
final class LibraryViewModel {

    // Properties

    private final ReadOnlyObjectWrapper<Path> libraryFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> readOnlyArticles = FXCollections.unmodifiableObservableList(articles);
    private final ReadOnlyObjectWrapper<Optional<StoredArticle>> reading = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper readerHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final TaskExecutor libraryExecutor;
    private final TaskExecutor importExecutor;
    private Library library;
    private long readingRequest;

    LibraryViewModel(TaskExecutor libraryExecutor, TaskExecutor importExecutor) {
        this.libraryExecutor = libraryExecutor;
        this.importExecutor = importExecutor;
    }

    ReadOnlyObjectProperty<Path> libraryFileProperty() {
        return libraryFile.getReadOnlyProperty();
    }

    ObservableList<ArticleSummary> articles() {
        return readOnlyArticles;
    }

    ReadOnlyObjectProperty<Optional<StoredArticle>> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The reader's page for the article being read, or empty when none is. */
    ReadOnlyStringProperty readerHtmlProperty() {
        return readerHtml.getReadOnlyProperty();
    }

    /** The last failure, written for the user; empty when there is none. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /** Opens (or creates) a library file and lists its articles; {@code whenOpen} runs after. */
    void open(Path file, Runnable whenOpen) {
        run(() -> {
            Library opened = Library.open(file);
            List<ArticleSummary> list = opened.articles().list();
            if (library != null) {
                library.close();
            }
            library = opened;
            return list;
        }, list -> {
            libraryFile.set(file);
            articles.setAll(list);
            clearReading();
            whenOpen.run();
        });
    }

    /** Shows an article in the reader. */
    void read(ArticleSummary summary) {
        long request = ++readingRequest;
        run(() -> library.articles().find(summary.id()), found -> {
            if (request != readingRequest) {
                return;
            }
            reading.set(found);
            readerHtml.set(found.map(stored -> ReaderHtml.page(stored.article())).orElse(""));
        });
    }

    /** Starts importing a folder or file into the open library; the list refreshes when it ends. */
    ImportTask importPath(Path source) {
        ImportTask task = new ImportTask(libraryFile.get(), source);
        task.setOnSucceeded(done -> reload());
        task.setOnCancelled(done -> reload());
        task.setOnFailed(done -> {
            error.set(UserMessages.of(task.getException()));
            reload();
        });
        importExecutor.execute(task);
        return task;
    }

    /** Closes the library; the window is going away. */
    void close() {
        run(() -> {
            if (library != null) {
                library.close();
                library = null;
            }
            return null;
        }, nothing -> { });
    }

    void clearError() {
        error.set("");
    }

    private void reload() {
        run(() -> library.articles().list(), articles::setAll);
    }

    private void clearReading() {
        reading.set(Optional.empty());
        readerHtml.set("");
    }

    private <V> void run(Callable<V> work, Consumer<V> onDone) {
        libraryExecutor.submit(work, onDone, failure -> error.set(UserMessages.of(failure)));
    }
}
