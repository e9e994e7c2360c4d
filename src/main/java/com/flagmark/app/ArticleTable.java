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
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
    /**
     * A row that stands in for the list while it is first read, saying so: with a row to show,
     * the table fills its height with rows and styles them then, while the FX thread has nothing
     * else to do, and the list's arrival only fills them (made on its arrival, they kept the FX
     * thread for a stretch).
     */
    private final ObservableList<Long> standIn = FXCollections.observableArrayList(List.of(-1L));
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
        setPlaceholder(empty);
        listeners.listen(model.loadingProperty(), (property, before, now) -> rows());
        rows();
        listeners.listen(model.listedQueryProperty(), (property, before, now) -> rowHeight());
        rowHeight();
        getSelectionModel().selectedItemProperty().addListener((property, before, id) -> {
            if (id != null && id > 0 && !reselecting) {
                model.select(id);
            }
        });
        // The view-model's list of ids outlives the table.
        listeners.listen(model.articles(), (ListChangeListener<Long>) change -> {
            rows();
            reselect();
        });
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

    /** The list's ids, or the stand-in rows while the first list of a library, filter or search is read. */
    private void rows() {
        setItems(standingIn() ? standIn : model.articles());
    }

    private boolean standingIn() {
        return model.loadingProperty().get() && model.articles().isEmpty();
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
     * in bold. A title alone is the cell's own text; the snippet's labels are made the first time
     * the cell shows one (a list that is not searched makes none), and kept: a scroll updates
     * every cell on screen, and new nodes there would each be styled anew on the FX thread.
     */
    private final class TitleCell extends TableCell<Long, ListedArticle> {
        private SnippetLines lines;

        @Override
        protected void updateItem(ListedArticle read, boolean empty) {
            super.updateItem(read, empty);
            Optional<ListedArticle> row = rowOf(this, read, empty);
            String name = row.map(each -> each.summary().title().orElse(Messages.get("reader.untitled")))
                    .orElse(!empty && getIndex() == 0 && getTableView().getItems() == standIn ? Messages.get("table.loading") : null);
            Optional<Snippet> snippet = row.flatMap(ListedArticle::snippet);
            if (snippet.isEmpty()) {
                setGraphic(null);
                setText(name);
                return;
            }
            if (lines == null) {
                lines = new SnippetLines();
            }
            setText(null);
            lines.show(name, snippet.get());
            setGraphic(lines.box);
        }
    }

    /** A title over one line of its snippet: a few characters before its first hit, the hit in bold, what follows cut to fit. */
    private static final class SnippetLines {
        /** How many characters of the snippet come before its first hit in a row: the hit must show on one line. */
        private static final int LEAD = 6;

        private final Label title = new Label();
        private final Label before = styled("list-snippet");
        private final Label found = styled("list-snippet-hit");
        private final Label after = styled("list-snippet");
        private final VBox box = new VBox(2, title, new HBox(before, found, after));

        SnippetLines() {
            title.setMinWidth(0);
            before.setMinWidth(Region.USE_PREF_SIZE);
            found.setMinWidth(Region.USE_PREF_SIZE);
            after.setMinWidth(0);
            ((Region) box.getChildren().get(1)).setMinWidth(0);
            box.setMinWidth(0);
        }

        void show(String name, Snippet snippet) {
            title.setText(name);
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
