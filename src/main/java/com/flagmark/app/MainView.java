package com.flagmark.app;

import com.flagmark.library.ArticleSummary;
import com.flagmark.model.ArticleDate;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The main window: the library list on the left, the reader on the right, a File menu. */
final class MainView extends BorderPane {

    private final LibraryViewModel model;
    private final TableView<ArticleSummary> table = new TableView<>();
    private final ReaderView reader;
    private final Label status = new Label();

    MainView(LibraryViewModel model, Consumer<String> openInBrowser) {
        this.model = model;
        this.reader = new ReaderView(openInBrowser, new ReaderListener() {
            @Override
            public void selectionChanged(Optional<int[]> span) {
            }

            @Override
            public void highlightsClicked(List<Long> idsInnermostFirst) {
            }
        });
        setTop(menu());
        SplitPane split = new SplitPane(libraryPane(), reader);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(table, false);
        setCenter(split);
        status.setPadding(new Insets(4, 10, 4, 10));
        status.getStyleClass().add("text-muted");
        setBottom(status);
        bind();
    }

    TableView<ArticleSummary> table() {
        return table;
    }

    ReaderView reader() {
        return reader;
    }

    private MenuBar menu() {
        MenuItem newLibrary = item("menu.file.newLibrary", "Shortcut+N", () -> chooseLibrary(true));
        MenuItem openLibrary = item("menu.file.openLibrary", "Shortcut+O", () -> chooseLibrary(false));
        MenuItem importFolder = item("menu.file.importFolder", "Shortcut+I", this::importFolder);
        MenuItem importFile = item("menu.file.importFile", "Shortcut+Shift+I", this::importFile);
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", () -> window().hide());
        Menu file = new Menu(Messages.get("menu.file"), null, newLibrary, openLibrary, new SeparatorMenuItem(),
                importFolder, importFile, new SeparatorMenuItem(), quit);
        return new MenuBar(file);
    }

    private BorderPane libraryPane() {
        TableColumn<ArticleSummary, String> title = column("column.title", 300,
                article -> article.title().orElse("（无标题）"));
        TableColumn<ArticleSummary, String> date = column("column.date", 100,
                article -> article.date().map(ArticleDate::iso).map(MainView::shortDate).orElse(""));
        TableColumn<ArticleSummary, String> source = column("column.source", 110, article -> article.source().orElse(""));
        table.getColumns().setAll(List.of(title, date, source));
        SortedList<ArticleSummary> sorted = new SortedList<>(model.articles());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label(Messages.get("table.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(280);
        table.setPlaceholder(empty);
        date.setMinWidth(96);
        source.setMinWidth(72);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return new BorderPane(table);
    }

    private void bind() {
        table.getSelectionModel().selectedItemProperty().addListener((property, before, selected) -> {
            if (selected != null) {
                model.read(selected);
            }
        });
        model.readingProperty().addListener((property, before, stored) -> stored.ifPresentOrElse(
                shown -> reader.show(shown.article(), List.of()),
                () -> reader.showPlaceholder(Messages.get("reader.empty"))));
        reader.showPlaceholder(Messages.get("reader.empty"));
        model.articles().addListener((ListChangeListener<ArticleSummary>) change -> updateStatus());
        model.libraryFileProperty().addListener((property, before, file) -> updateStatus());
        model.errorProperty().addListener((property, before, message) -> {
            if (!message.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                alert.initOwner(window());
                alert.setTitle(Messages.get("error.title"));
                alert.setHeaderText(null);
                alert.showAndWait();
                model.clearError();
            }
        });
    }

    private void updateStatus() {
        Path file = model.libraryFileProperty().get();
        status.setText(file == null ? "" : Messages.get("status.articles", model.articles().size(), file));
    }

    private void chooseLibrary(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(create ? "dialog.newLibrary.title" : "dialog.openLibrary.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.library.filter"),
                "*.sqlite", "*.flagmark", "*.db"));
        if (create) {
            chooser.setInitialFileName("library.sqlite");
        }
        File chosen = create ? chooser.showSaveDialog(window()) : chooser.showOpenDialog(window());
        if (chosen != null) {
            model.open(chosen.toPath(), () -> { });
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("dialog.importFolder.title"));
        Optional.ofNullable(chooser.showDialog(window())).ifPresent(folder -> importPath(folder.toPath()));
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.importFile.title"));
        Optional.ofNullable(chooser.showOpenDialog(window())).ifPresent(file -> importPath(file.toPath()));
    }

    /** Imports a folder or file, showing progress and then the report. */
    void importPath(Path path) {
        ImportDialog.show(window(), model.importPath(path));
    }

    private Window window() {
        return getScene().getWindow();
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }

    private static TableColumn<ArticleSummary, String> column(String key, double width,
            Function<ArticleSummary, String> value) {
        TableColumn<ArticleSummary, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The list shows the day only: 2022-02-08T09:28:12+08:00 reads 2022-02-08. */
    private static String shortDate(String iso) {
        return iso.substring(0, Math.min(10, iso.length()));
    }
}
