package com.flagmark.app;

import com.flagmark.library.ArticleOrder;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Snippet;
import com.flagmark.model.ArticleDate;
import com.flagmark.usecase.ListedArticle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The list of articles: one row per id of the list, whose cells show what the view-model has
 * read of that row's page (nothing until it arrives). Sorting a column asks the view-model for
 * the list in that order; the selected article stays selected through every new list.
 */
final class ArticleTable extends TableView<Long> {

    /** Row heights: a row of metadata, and one with a snippet under the title while searching. */
    private static final double ROW = 26;
    private static final double ROW_WITH_SNIPPET = 46;

    private final LibraryViewModel model;
    private final Label empty = new Label(Messages.get("table.empty"));
    private final Label loading = new Label(Messages.get("table.loading"));
    private boolean reselecting;

    ArticleTable(LibraryViewModel model, ModelListeners listeners) {
        super(model.articles());
        this.model = model;
        TableColumn<Long, ListedArticle> title = column("column.title", ArticleOrder.Key.TITLE, TitleCell::new);
        TableColumn<Long, ListedArticle> date = column("column.date", ArticleOrder.Key.DATE,
                () -> new TextCell(summary -> summary.date().map(ArticleDate::iso)
                        .map(iso -> iso.substring(0, Math.min(10, iso.length()))).orElse("")));
        TableColumn<Long, ListedArticle> source = column("column.source", ArticleOrder.Key.SOURCE,
                () -> new TextCell(summary -> summary.source().orElse("")));
        TableColumn<Long, ListedArticle> count = column("column.annotations", ArticleOrder.Key.ANNOTATIONS,
                () -> new TextCell(summary -> summary.annotationCount() == 0 ? "" : String.valueOf(summary.annotationCount())));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        // The title is what tells articles apart: it takes the width the other columns leave.
        title.setPrefWidth(260);
        title.setMinWidth(48);
        date.setMinWidth(ListColumns.DATE);
        date.setMaxWidth(ListColumns.DATE);
        source.setMinWidth(ListColumns.SOURCE_MIN);
        source.setMaxWidth(100);
        count.setMinWidth(ListColumns.COUNT);
        count.setMaxWidth(ListColumns.COUNT);
        getColumns().setAll(List.of(title, date, source, count));
        widthProperty().addListener((property, before, width) -> {
            ListColumns shown = ListColumns.at(width.doubleValue());
            source.setVisible(shown.source());
            count.setVisible(shown.count());
        });
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Several articles can be selected for an export; the one selected last is open in the reader.
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        empty.setWrapText(true);
        empty.setMaxWidth(260);
        setSortPolicy(table -> {
            model.sort(order());
            return true;
        });
        showOrder(model.orderProperty().get());
        bind(listeners);
    }

    /** Selects an article, if the list holds it, and shows it a few rows from the top. */
    void select(long articleId) {
        int index = model.indexOf(articleId);
        if (index >= 0) {
            getSelectionModel().clearAndSelect(index);
            scrollTo(Math.max(0, index - 3));
        }
    }

    private void bind(ModelListeners listeners) {
        listeners.listen(model.loadingProperty(), (property, before, now) -> placeholder());
        placeholder();
        listeners.listen(model.listedQueryProperty(), (property, before, now) -> rowHeight());
        rowHeight();
        getSelectionModel().selectedItemProperty().addListener((property, before, id) -> {
            if (id != null && !reselecting) {
                model.select(id);
            }
        });
        // The items are the view-model's list of ids, which outlives the table.
        listeners.listen(getItems(), (ListChangeListener<Long>) change -> reselect());
    }

    /** A new list replaced the rows: the article selected before is selected again where it now stands. */
    private void reselect() {
        int index = model.selectedIndexProperty().get();
        if (index < 0 || getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        reselecting = true;
        try {
            getSelectionModel().clearAndSelect(index);
        } finally {
            reselecting = false;
        }
        scrollTo(Math.max(0, index - 3));
    }

    private void placeholder() {
        setPlaceholder(model.loadingProperty().get() ? loading : empty);
    }

    /** Rows of one height scroll without measuring each: taller while the list shows a search's results, for the snippet. */
    private void rowHeight() {
        setFixedCellSize(model.listedQueryProperty().get().isEmpty() ? ROW : ROW_WITH_SNIPPET);
    }

    /** A table made anew (after View › Language) shows the order the list already has. */
    private void showOrder(Optional<ArticleOrder> current) {
        current.ifPresent(order -> getColumns().stream().filter(column -> column.getUserData() == order.key())
                .findFirst().ifPresent(column -> {
                    column.setSortType(order.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    getSortOrder().setAll(List.of(column));
                }));
    }

    private Optional<ArticleOrder> order() {
        if (getSortOrder().isEmpty()) {
            return Optional.empty();
        }
        TableColumn<Long, ?> first = getSortOrder().get(0);
        return Optional.of(new ArticleOrder((ArticleOrder.Key) first.getUserData(),
                first.getSortType() == TableColumn.SortType.DESCENDING));
    }

    private TableColumn<Long, ListedArticle> column(String key, ArticleOrder.Key order,
            Supplier<TableCell<Long, ListedArticle>> cell) {
        TableColumn<Long, ListedArticle> column = new TableColumn<>(Messages.get(key));
        column.setUserData(order);
        // A row's value is what has been read of it, and changes when its page arrives: only the
        // cells on screen update then, where refreshing the table would make them all anew.
        column.setCellValueFactory(features -> Bindings.createObjectBinding(
                () -> model.readRow(features.getValue()).orElse(null), model.pagesReadProperty()));
        column.setCellFactory(view -> cell.get());
        return column;
    }

    /** The row a cell shows: what has been read of it, or else its page is asked for and it shows nothing yet. */
    private Optional<ListedArticle> rowOf(TableCell<Long, ListedArticle> cell, ListedArticle read, boolean empty) {
        if (empty) {
            return Optional.empty();
        }
        return read != null ? Optional.of(read) : model.row(cell.getIndex());
    }

    /** A cell showing one piece of its row's metadata, or nothing while its page is being read. */
    private final class TextCell extends TableCell<Long, ListedArticle> {
        private final Function<ArticleSummary, String> text;

        TextCell(Function<ArticleSummary, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(ListedArticle read, boolean empty) {
            super.updateItem(read, empty);
            setText(rowOf(this, read, empty).map(row -> text.apply(row.summary())).orElse(null));
        }
    }

    /**
     * The title, and under it, while searching, the snippet from just before its first hit, hits
     * in bold. A title alone is the cell's own text, and the snippet's labels are made once per
     * cell: a scroll updates every cell on screen, and new nodes there would each be styled anew
     * on the FX thread.
     */
    private final class TitleCell extends TableCell<Long, ListedArticle> {
        /** How many characters of the snippet come before its first hit in a row: the hit must show on one line. */
        private static final int LEAD = 6;

        private final Label title = new Label();
        private final Label before = styled("list-snippet");
        private final Label found = styled("list-snippet-hit");
        private final Label after = styled("list-snippet");
        private final VBox withSnippet = new VBox(2, title, new HBox(before, found, after));

        TitleCell() {
            title.setMinWidth(0);
            before.setMinWidth(Region.USE_PREF_SIZE);
            found.setMinWidth(Region.USE_PREF_SIZE);
            after.setMinWidth(0);
            ((Region) withSnippet.getChildren().get(1)).setMinWidth(0);
            withSnippet.setMinWidth(0);
        }

        @Override
        protected void updateItem(ListedArticle read, boolean empty) {
            super.updateItem(read, empty);
            Optional<ListedArticle> row = rowOf(this, read, empty);
            String name = row.map(each -> each.summary().title().orElse(Messages.get("reader.untitled"))).orElse(null);
            Optional<Snippet> snippet = row.flatMap(ListedArticle::snippet);
            if (snippet.isEmpty()) {
                setGraphic(null);
                setText(name);
                return;
            }
            setText(null);
            title.setText(name);
            showSnippet(snippet.get());
            setGraphic(withSnippet);
        }

        /** One line of the snippet: a few characters before its first hit, the hit in bold, what follows cut to fit. */
        private void showSnippet(Snippet snippet) {
            String text = snippet.text();
            if (snippet.marks().isEmpty()) {
                before.setText("");
                found.setText("");
                after.setText(text);
                return;
            }
            Snippet.Mark hit = snippet.marks().get(0);
            int from = Math.max(0, hit.start() - LEAD);
            before.setText((from > 0 ? "…" : "") + text.substring(from, hit.start()));
            found.setText(text.substring(hit.start(), hit.end()));
            after.setText(text.substring(hit.end()));
        }

        private static Label styled(String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            return label;
        }
    }
}
