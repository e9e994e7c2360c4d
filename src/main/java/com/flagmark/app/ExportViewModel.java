package com.flagmark.app;

import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.usecase.LibrarySession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * File › Export…: the format, what to export (the whole library, the articles the list stands
 * for, the selected articles, the selected code and those below it), how many articles each
 * choice takes, the file name offered, and the export. The selection is the one of the moment
 * the dialog opened.
 */
final class ExportViewModel {

    /** What an export takes from the library. */
    enum Scope {
        LIBRARY, CURRENT_LIST, SELECTED_ARTICLES, SELECTED_CODE
    }

    // Properties

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.LIBRARY);
    private final ReadOnlyObjectWrapper<Map<Scope, Integer>> articleCounts = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanBinding takesScope = Bindings.createBooleanBinding(
            () -> format.get() != null && format.get().takesScope(), format);

    private final Workspace workspace;
    private final LibraryViewModel library;
    private final AppSettings settings;
    private final Function<LibrarySession, Optional<Set<Long>>> currentList;
    private final Set<Long> selectedArticles;
    private final Optional<Code> selectedCode;

    ExportViewModel(Workspace workspace, LibraryViewModel library, AppSettings settings, Set<Long> selectedArticles,
            Optional<Code> selectedCode) {
        this.workspace = workspace;
        this.library = library;
        this.settings = settings;
        this.currentList = library.currentArticles();
        this.selectedArticles = Set.copyOf(selectedArticles);
        this.selectedCode = selectedCode;
        format.set(settings.exportFormat().flatMap(ExportFormat::fromId).orElse(ExportFormat.CSV));
    }

    /** Every format there is to export to. */
    List<ExportFormat> formats() {
        return List.of(ExportFormat.values());
    }

    ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** Tells whether the chosen format depends on the scope; the codebook formats always take every code. */
    BooleanBinding takesScope() {
        return takesScope;
    }

    /** How many articles each scope takes, as far as they have been counted. */
    ReadOnlyObjectProperty<Map<Scope, Integer>> articleCountsProperty() {
        return articleCounts.getReadOnlyProperty();
    }

    /** Tells whether there is anything to export in a scope: a selection for the selected ones. */
    boolean isAvailable(Scope choice) {
        return switch (choice) {
            case LIBRARY, CURRENT_LIST -> true;
            case SELECTED_ARTICLES -> !selectedArticles.isEmpty();
            case SELECTED_CODE -> selectedCode.isPresent();
        };
    }

    /** The code selected in the codebook when the dialog opened. */
    Optional<Code> selectedCode() {
        return selectedCode;
    }

    /** The folder the file chooser opens in: where the user last exported to. */
    Optional<Path> folder() {
        return settings.exportFolder();
    }

    /** A format's name in the user's language, or its id for a format the texts do not know yet. */
    static String label(ExportFormat format) {
        return Messages.find("export.format." + format.id()).orElse(format.id());
    }

    /** What an export wrote, in the user's language where the texts know the format, such as "42 annotations". */
    static String count(ExportFormat format, int written) {
        return Messages.find("export.count." + format.id(), written).orElseGet(() -> format.count(written));
    }

    /** The file name offered for an export made on a day, such as {@code flagmark-annotations-2026-11-21.csv}. */
    static String fileName(ExportFormat format, LocalDate day) {
        String subject = switch (format.id()) {
            case "csv", "json" -> "annotations";
            case "articles-csv" -> "articles";
            case "codebook-csv", "qdc" -> "codebook";
            case "qdpx" -> "project";
            default -> format.id();
        };
        return "flagmark-" + subject + "-" + day + "." + format.extension();
    }

    // Commands

    /** Counts the articles of the library, of the current list and of the selected code, off the FX thread. */
    void countArticles() {
        Map<Scope, Integer> known = new EnumMap<>(Scope.class);
        known.put(Scope.SELECTED_ARTICLES, selectedArticles.size());
        articleCounts.set(Map.copyOf(known));
        workspace.read(reading -> {
            Map<Scope, Integer> counted = new EnumMap<>(known);
            int all = reading.articleCount();
            counted.put(Scope.LIBRARY, all);
            counted.put(Scope.CURRENT_LIST, currentList.apply(reading).map(Set::size).orElse(all));
            selectedCode.ifPresent(code -> counted.put(Scope.SELECTED_CODE, articlesWith(reading, code)));
            return Map.copyOf(counted);
        }, articleCounts::set);
    }

    /** What the chosen scope takes from a library; worked out when the export starts. */
    Function<LibrarySession, ExportScope> scope() {
        Scope chosen = format.get().takesScope() ? scope.get() : Scope.LIBRARY;
        return switch (chosen) {
            case LIBRARY -> reading -> ExportScope.ALL;
            case CURRENT_LIST -> reading -> currentList.apply(reading).map(ExportScope::articles).orElse(ExportScope.ALL);
            case SELECTED_ARTICLES -> reading -> ExportScope.articles(selectedArticles);
            case SELECTED_CODE -> reading -> ExportScope.codes(selectedCode.stream().map(Code::id).toList());
        };
    }

    /** Starts the export into a file, and remembers its folder and format for the next time. */
    ProgressTask<Integer> export(Path out) {
        Optional.ofNullable(out.toAbsolutePath().getParent()).ifPresent(settings::exportFolder);
        settings.exportFormat(format.get().id());
        return library.export(format.get(), scope(), out);
    }

    private static int articlesWith(LibrarySession session, Code code) {
        Set<Long> codes = new HashSet<>();
        session.codebook().subtree(code.id()).forEach(each -> codes.add(each.id()));
        return (int) session.annotations().stream()
                .filter(annotation -> annotation.codeIds().stream().anyMatch(codes::contains))
                .map(Annotation::articleId).distinct().count();
    }
}
