package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.IndexProgress;
import com.flagmark.model.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The library pane: the search box (results as you type, after a short pause), the filters
 * (source, date range, code, coded only) and the sortable list of articles; above the list, while
 * a search waits for the search index to catch up, how far the index is.
 */
final class LibraryPane extends VBox {

    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final LibraryViewModel model;
    private final TextField search = new TextField();
    private final ArticleTable table;
    private final ComboBox<Optional<String>> source = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Optional<Code>> code = new ComboBox<>();
    private final CheckBox codedOnly = new CheckBox(Messages.get("filter.annotated"));
    private final Label indexWaitText = new Label();
    private final ProgressBar indexWaitBar = new ProgressBar();
    private final VBox indexWait = new VBox(4, indexWaitText, indexWaitBar);

    LibraryPane(LibraryViewModel model, CodebookViewModel codebook, ModelListeners listeners) {
        this.model = model;
        this.table = new ArticleTable(model, listeners);
        setSpacing(6);
        setPadding(new Insets(6));
        search.setPromptText(Messages.get("search.prompt"));
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(done -> model.search(search.getText()));
        search.textProperty().addListener((property, before, text) -> pause.playFromStart());
        search.setOnAction(enter -> {
            pause.stop();
            model.search(search.getText());
        });
        search.setText(model.queryProperty().get());
        pause.stop();
        getChildren().addAll(search, filters(codebook, listeners), indexWait, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        indexWaitNote(listeners);
    }

    TableView<Long> table() {
        return table;
    }

    /** Selects an article in the list, if it is there, which opens it. */
    void select(long articleId) {
        table.select(articleId);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The note that the search waits for the index, shown only while it does, with the index's progress. */
    private void indexWaitNote(ModelListeners listeners) {
        indexWait.getStyleClass().add("index-wait");
        indexWaitText.setWrapText(true);
        indexWaitText.setMinHeight(Region.USE_PREF_SIZE);
        // Its lines of wrapped text and the bar stay whole however little height the list leaves.
        indexWait.setMinHeight(Region.USE_PREF_SIZE);
        indexWaitBar.setMaxWidth(Double.MAX_VALUE);
        listeners.listen(model.indexWaitProperty(), (property, before, now) -> showIndexWait());
        listeners.listen(model.queryProperty(), (property, before, now) -> showIndexWait());
        showIndexWait();
    }

    private void showIndexWait() {
        Optional<IndexProgress> progress = model.indexWaitProperty().get();
        indexWait.setVisible(progress.isPresent());
        indexWait.setManaged(progress.isPresent());
        progress.ifPresent(now -> {
            indexWaitText.setText(Messages.get("search.indexWait", now.indexed(), now.logged(), now.percent(),
                    model.queryProperty().get()));
            indexWaitBar.setProgress(now.fraction());
        });
    }

    private FlowPane filters(CodebookViewModel codebook, ModelListeners listeners) {
        sourceOptions(model.sources());
        listeners.listen(model.sources(), (ListChangeListener<String>) change -> sourceOptions(model.sources()));
        source.setPrefWidth(122);
        source.setCellFactory(view -> new SourceOptionCell());
        source.setButtonCell(new SourceOptionCell());
        from.setPromptText(Messages.get("filter.from"));
        to.setPromptText(Messages.get("filter.to"));
        from.setPrefWidth(118);
        to.setPrefWidth(118);
        code.setPrefWidth(122);
        code.setCellFactory(view -> new CodeOptionCell(codebook));
        code.setButtonCell(new CodeOptionCell(codebook));
        listeners.listen(codebook.codebookProperty(), (property, before, now) -> codeOptions(now));
        codeOptions(codebook.codebookProperty().get());
        ArticleFilter current = model.filterProperty().get();
        source.setValue(current.source());
        from.setValue(current.from().orElse(null));
        to.setValue(current.to().orElse(null));
        code.setValue(current.codeId().flatMap(id -> codebook.codebookProperty().get().find(id)));
        codedOnly.setSelected(current.annotatedOnly());
        source.valueProperty().addListener((property, before, value) -> apply());
        from.valueProperty().addListener((property, before, value) -> apply());
        to.valueProperty().addListener((property, before, value) -> apply());
        code.valueProperty().addListener((property, before, value) -> apply());
        codedOnly.selectedProperty().addListener((property, before, value) -> apply());
        Button clear = new Button("✕");
        clear.setTooltip(new Tooltip(Messages.get("filter.clear")));
        clear.setAccessibleText(Messages.get("filter.clear"));
        clear.getStyleClass().addAll("filter-clear", "flat");
        clear.setOnAction(click -> {
            source.setValue(Optional.empty());
            from.setValue(null);
            to.setValue(null);
            code.setValue(Optional.empty());
            codedOnly.setSelected(false);
        });
        // The clear button keeps to the last filter's line: alone on a line of its own it says nothing.
        HBox lastFilter = new HBox(2, codedOnly, clear);
        lastFilter.setAlignment(Pos.CENTER_LEFT);
        // Source and code share a line and the two dates another, as wide as the narrowest list
        // (1024 pixels of window): three lines at any width, the dates' range never broken apart.
        return new FlowPane(6, 6, source, code, from, to, lastFilter);
    }

    /** The sources to filter by, after "All sources"; the one chosen stays chosen if it is still there. */
    private void sourceOptions(List<String> sources) {
        Optional<String> chosen = source.getValue() == null ? Optional.empty() : source.getValue();
        List<Optional<String>> options = new ArrayList<>();
        options.add(Optional.empty());
        sources.forEach(each -> options.add(Optional.of(each)));
        source.getItems().setAll(options);
        source.setValue(chosen.filter(sources::contains));
    }

    private void codeOptions(Codebook codebook) {
        Optional<Code> chosen = code.getValue() == null ? Optional.empty() : code.getValue();
        // In one change: added one at a time, each code was a change the box's list laid out anew.
        List<Optional<Code>> options = new ArrayList<>();
        options.add(Optional.empty());
        codebook.all().forEach(each -> options.add(Optional.of(each)));
        code.getItems().setAll(options);
        code.setValue(chosen.flatMap(previous -> codebook.find(previous.id())));
    }

    private void apply() {
        Optional<Code> chosen = code.getValue() == null ? Optional.empty() : code.getValue();
        Optional<String> chosenSource = source.getValue() == null ? Optional.empty() : source.getValue();
        model.filter(new ArticleFilter(chosenSource, Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()), chosen.map(Code::id), codedOnly.isSelected()));
    }

    /** A source in the filter's list; the empty option reads "All sources". */
    private static final class SourceOptionCell extends ListCell<Optional<String>> {
        @Override
        protected void updateItem(Optional<String> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? (empty ? null : Messages.get("filter.allSources"))
                    : item.orElse(Messages.get("filter.allSources")));
        }
    }

    /** A code in the filter's list, indented by its depth; the empty option reads "All codes". */
    private static final class CodeOptionCell extends ListCell<Optional<Code>> {
        private final CodebookViewModel codebook;

        CodeOptionCell(CodebookViewModel codebook) {
            this.codebook = codebook;
        }

        @Override
        protected void updateItem(Optional<Code> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isEmpty()) {
                setText(empty ? null : Messages.get("filter.allCodes"));
                setGraphic(null);
                return;
            }
            int depth = codebook.codebookProperty().get().path(item.get()).split("/").length - 1;
            setText("  ".repeat(depth) + item.get().name());
            setGraphic(Swatch.of(item.get().colour()));
        }
    }
}
