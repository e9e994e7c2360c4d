package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.ArticleFilter;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Snippet;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Code;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The library pane: the search box (results as you type, after a short pause), the filters
 * (source, date range, code, coded only) and the sortable list of articles.
 */
final class LibraryPane extends VBox {

    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final LibraryViewModel model;
    private final TextField search = new TextField();
    private final TableView<ArticleSummary> table = new TableView<>();
    private final ComboBox<String> source = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Optional<Code>> code = new ComboBox<>();
    private final CheckBox codedOnly = new CheckBox(Messages.get("filter.annotated"));

    LibraryPane(LibraryViewModel model, CodebookViewModel codebook) {
        this.model = model;
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
        getChildren().addAll(search, filters(codebook), buildTable());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    TableView<ArticleSummary> table() {
        return table;
    }

    /** Selects an article in the list, if it is there, which opens it. */
    void select(long articleId) {
        table.getItems().stream().filter(article -> article.id() == articleId).findFirst().ifPresent(article -> {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(article));
            table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
        });
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private FlowPane filters(CodebookViewModel codebook) {
        source.setItems(model.sources());
        source.setPromptText(Messages.get("filter.allSources"));
        source.setPrefWidth(130);
        source.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? Messages.get("filter.allSources") : item);
            }
        });
        from.setPromptText(Messages.get("filter.from"));
        to.setPromptText(Messages.get("filter.to"));
        from.setPrefWidth(122);
        to.setPrefWidth(122);
        code.setPrefWidth(140);
        code.setCellFactory(view -> new CodeOptionCell(codebook));
        code.setButtonCell(new CodeOptionCell(codebook));
        codebook.codebookProperty().addListener((property, before, now) -> codeOptions(now));
        codeOptions(codebook.codebookProperty().get());
        ArticleFilter current = model.filterProperty().get();
        source.setValue(current.source().orElse(null));
        from.setValue(current.from().orElse(null));
        to.setValue(current.to().orElse(null));
        code.setValue(current.codeId().flatMap(id -> codebook.codebookProperty().get().find(id)));
        codedOnly.setSelected(current.annotatedOnly());
        source.valueProperty().addListener((property, before, value) -> apply());
        from.valueProperty().addListener((property, before, value) -> apply());
        to.valueProperty().addListener((property, before, value) -> apply());
        code.valueProperty().addListener((property, before, value) -> apply());
        codedOnly.selectedProperty().addListener((property, before, value) -> apply());
        Label clear = new Label("✕");
        clear.setTooltip(new Tooltip(Messages.get("filter.clear")));
        clear.getStyleClass().add("filter-clear");
        clear.setOnMouseClicked(click -> {
            source.setValue(null);
            from.setValue(null);
            to.setValue(null);
            code.setValue(Optional.empty());
            codedOnly.setSelected(false);
        });
        return new FlowPane(6, 6, source, from, to, code, codedOnly, clear);
    }

    private void codeOptions(Codebook codebook) {
        Optional<Code> chosen = code.getValue() == null ? Optional.empty() : code.getValue();
        code.getItems().setAll(List.of(Optional.empty()));
        codebook.all().forEach(each -> code.getItems().add(Optional.of(each)));
        code.setValue(chosen.flatMap(previous -> codebook.find(previous.id())));
    }

    private void apply() {
        Optional<Code> chosen = code.getValue() == null ? Optional.empty() : code.getValue();
        model.filter(new ArticleFilter(Optional.ofNullable(source.getValue()), Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()), chosen.map(Code::id), codedOnly.isSelected()));
    }

    private TableView<ArticleSummary> buildTable() {
        TableColumn<ArticleSummary, String> title = column("column.title", article -> article.title().orElse(Messages.get("reader.untitled")));
        TableColumn<ArticleSummary, String> date = column("column.date",
                article -> article.date().map(ArticleDate::iso).map(iso -> iso.substring(0, Math.min(10, iso.length())))
                        .orElse(""));
        TableColumn<ArticleSummary, String> origin = column("column.source", article -> article.source().orElse(""));
        TableColumn<ArticleSummary, Integer> count = new TableColumn<>(Messages.get("column.annotations"));
        count.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().annotationCount()));
        count.setCellFactory(column -> new CountCell());
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        title.setPrefWidth(260);
        date.setMinWidth(100);
        date.setMaxWidth(104);
        origin.setMinWidth(72);
        origin.setMaxWidth(120);
        count.setMinWidth(44);
        count.setMaxWidth(52);
        table.getColumns().setAll(List.of(title, date, origin, count));
        SortedList<ArticleSummary> sorted = new SortedList<>(model.articles());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label(Messages.get("table.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(260);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new SnippetRow());
        // Several articles can be selected for an export; the one selected last is open in the reader.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        return table;
    }

    private static TableColumn<ArticleSummary, String> column(String key, Function<ArticleSummary, String> value) {
        TableColumn<ArticleSummary, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A number of annotations; none shows as nothing, so the coded articles stand out. */
    private static final class CountCell extends TableCell<ArticleSummary, Integer> {
        @Override
        protected void updateItem(Integer count, boolean empty) {
            super.updateItem(count, empty);
            setText(empty || count == null || count == 0 ? null : String.valueOf(count));
        }
    }

    /** A row whose tooltip shows the search's snippet for its article. */
    private final class SnippetRow extends TableRow<ArticleSummary> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(ArticleSummary article, boolean empty) {
            super.updateItem(article, empty);
            Snippet snippet = empty || article == null ? null : model.snippetsProperty().get().get(article.id());
            if (snippet == null) {
                setTooltip(null);
            } else {
                tooltip.setText(snippet.text());
                setTooltip(tooltip);
            }
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
