package com.flagmark.app;

import atlantafx.base.theme.Styles;
import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The codebook tree in the sidebar, with how often each code is used in this article and in the
 * whole library. Clicking a code applies it to the selected text (a double click also to the
 * selected annotation); its context menu edits it; a code moves when dragged onto or between
 * others.
 */
final class CodebookPane extends TreeTableView<Code> {

    private static final DataFormat CODE_ID = new DataFormat("application/x-flagmark-code");

    private final CodebookViewModel codebook;
    private final ArticleViewModel article;
    private final CodebookDialogs dialogs;
    private final Map<Long, Boolean> expanded = new HashMap<>();

    CodebookPane(CodebookViewModel codebook, ArticleViewModel article, CodebookDialogs dialogs, Consumer<Code> apply,
            ModelListeners listeners) {
        this.codebook = codebook;
        this.article = article;
        this.dialogs = dialogs;
        setShowRoot(false);
        // Rows of a dense table: the codebook's pane is short in a small window, and should show more than three codes.
        getStyleClass().add(Styles.DENSE);
        setRoot(new TreeItem<>());
        TreeTableColumn<Code, Code> name = new TreeTableColumn<>(Messages.get("codebook.code"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        name.setCellFactory(column -> new NameCell());
        name.setPrefWidth(190);
        getColumns().setAll(List.of(name, count("codebook.here", false), count("codebook.library", true)));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(view -> row(apply));
        listeners.listen(codebook.codebookProperty(), (property, before, now) -> arrived(now));
        rebuild(codebook.codebookProperty().get());
        Label empty = new Label(Messages.get("codebook.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(0, 12, 0, 12));
        setPlaceholder(empty);
        setContextMenu(new ContextMenu(item("codebook.add", () -> dialogs.add(Optional.empty()))));
    }

    private TreeTableColumn<Code, String> count(String key, boolean wholeLibrary) {
        TreeTableColumn<Code, String> column = new TreeTableColumn<>(Messages.get(key));
        // A count follows its usage: only its text changes when the usage does, where refreshing the
        // table made every row and cell anew (a stretch of the FX thread each time an article opened).
        ObservableValue<Map<Long, Integer>> usage = wholeLibrary ? codebook.usageProperty() : article.usageProperty();
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> {
            Code code = cell.getValue().getValue();
            int count = code == null ? 0 : usage.getValue().getOrDefault(code.id(), 0);
            return count == 0 ? "" : String.valueOf(count);
        }, usage));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setMinWidth(54);
        column.setMaxWidth(64);
        return column;
    }

    /**
     * Builds the tree again from the codebook, keeping each code's expansion and the selection on
     * the same code. Until a library is open, an empty row stands in for its codebook: with a row
     * to show, the table fills its height with rows and styles them then, while the FX thread
     * waits for the library, and the codebook's arrival only fills them (made on its arrival,
     * they kept the FX thread for a stretch).
     */
    private void rebuild(Codebook now) {
        if (codebook.awaitingLibrary()) {
            getRoot().getChildren().setAll(List.of(new TreeItem<>()));
            return;
        }
        Optional<Long> selected = Optional.ofNullable(getSelectionModel().getSelectedItem())
                .map(TreeItem::getValue).map(Code::id);
        getRoot().getChildren().stream().filter(item -> item.getValue() != null).forEach(this::rememberExpansion);
        getRoot().getChildren().setAll(now.roots().stream().map(root -> item(now, root)).toList());
        selected.flatMap(this::itemOf).ifPresentOrElse(item -> getSelectionModel().select(item),
                () -> getSelectionModel().clearSelection());
    }

    /**
     * Fills the tree with a codebook that has arrived. The first codebook of a library opened,
     * which replaces the row standing in for it, is filled after the next layout: it arrives
     * with the opening's listeners, and the layout after them with its names' first styling and
     * glyphs was the FX thread's longest stretch while a library opened. One frame later, as the
     * list is still being read, no one sees the difference.
     */
    private void arrived(Codebook now) {
        boolean standingIn = getRoot().getChildren().size() == 1 && getRoot().getChildren().get(0).getValue() == null;
        if (standingIn && getScene() != null && !codebook.awaitingLibrary()) {
            NextLayout.then(getScene(), () -> rebuild(codebook.codebookProperty().get()));
            Platform.requestNextPulse();
        } else {
            rebuild(now);
        }
    }

    /** The tree item that shows a code, if the tree holds it. */
    Optional<TreeItem<Code>> itemOf(long codeId) {
        Deque<TreeItem<Code>> pending = new ArrayDeque<>(getRoot().getChildren());
        while (!pending.isEmpty()) {
            TreeItem<Code> item = pending.pop();
            if (item.getValue() != null && item.getValue().id() == codeId) {
                return Optional.of(item);
            }
            item.getChildren().forEach(pending::push);
        }
        return Optional.empty();
    }

    /** The tree item of a code and all below it, built with a stack of its own, as deep as the codebook goes. */
    private TreeItem<Code> item(Codebook now, Code code) {
        TreeItem<Code> top = new TreeItem<>(code);
        Deque<TreeItem<Code>> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            TreeItem<Code> item = pending.pop();
            item.setExpanded(expanded.getOrDefault(item.getValue().id(), true));
            for (Code child : now.children(item.getValue().id())) {
                TreeItem<Code> childItem = new TreeItem<>(child);
                item.getChildren().add(childItem);
                pending.push(childItem);
            }
        }
        return top;
    }

    private void rememberExpansion(TreeItem<Code> top) {
        Deque<TreeItem<Code>> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            TreeItem<Code> item = pending.pop();
            expanded.put(item.getValue().id(), item.isExpanded());
            item.getChildren().forEach(pending::push);
        }
    }

    private TreeTableRow<Code> row(Consumer<Code> apply) {
        TreeTableRow<Code> row = new TreeTableRow<>();
        row.setOnMouseClicked(click -> {
            boolean textSelected = article.selectionProperty().get().isPresent();
            if (row.getItem() != null && row.getItem().codable() && (textSelected || click.getClickCount() == 2)) {
                apply.accept(row.getItem());
            }
        });
        // A context menu is a window of its own: made when asked for, not for every row shown or refreshed.
        row.setOnContextMenuRequested(request -> {
            if (row.getItem() != null) {
                menu(row.getItem()).show(row, request.getScreenX(), request.getScreenY());
                request.consume();
            }
        });
        row.setOnDragDetected(drag -> {
            if (row.getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(CODE_ID, row.getItem().id());
                row.startDragAndDrop(TransferMode.MOVE).setContent(content);
                drag.consume();
            }
        });
        row.setOnDragOver(drag -> {
            if (row.getItem() != null && drag.getDragboard().hasContent(CODE_ID)) {
                drag.acceptTransferModes(TransferMode.MOVE);
            }
        });
        row.setOnDragDropped(drop -> {
            Codebook now = codebook.codebookProperty().get();
            Optional<Code> dragged = now.find((Long) drop.getDragboard().getContent(CODE_ID));
            double fraction = drop.getY() / Math.max(1, row.getHeight());
            dragged.flatMap(code -> CodeDrop.target(now, code, row.getItem(), fraction)).ifPresent(target ->
                    codebook.move(dragged.get(), target.parentId().flatMap(now::find), target.index()));
            drop.setDropCompleted(dragged.isPresent());
            drop.consume();
        });
        return row;
    }

    private ContextMenu menu(Code code) {
        return new ContextMenu(
                item("codebook.apply", () -> apply(code)),
                item("codebook.addChild", () -> dialogs.add(Optional.of(code))),
                item("codebook.add", () -> dialogs.add(Optional.empty())),
                item("codebook.rename", () -> dialogs.rename(code)),
                item("codebook.recolour", () -> dialogs.recolour(code)),
                item("codebook.pin", () -> dialogs.pin(code)),
                item("codebook.merge", () -> dialogs.merge(code)),
                item("codebook.delete", () -> dialogs.delete(code)));
    }

    private void apply(Code code) {
        article.applyCode(code);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(event -> action.run());
        return item;
    }

    /**
     * A code's colour, its name and the key it is pinned to. The cell's nodes are made once and
     * its tooltip (a window of its own) when the pointer first rests on it: a new codebook updates
     * every cell on screen, and new nodes there would each be styled anew on the FX thread.
     */
    private static final class NameCell extends TreeTableCell<Code, Code> {
        private final Rectangle swatch = Swatch.of("#000000");
        private final Label name = new Label();
        private final Label pin = new Label();
        private final HBox box = new HBox(6, swatch, name, pin);
        private String explanation = "";

        NameCell() {
            pin.getStyleClass().add("code-key");
            box.setAlignment(Pos.CENTER_LEFT);
            shown(pin, false);
            setOnMouseEntered(event -> {
                if (!isEmpty() && getTooltip() == null) {
                    setTooltip(new Tooltip(explanation));
                }
            });
        }

        @Override
        protected void updateItem(Code code, boolean empty) {
            super.updateItem(code, empty);
            setText(null);
            if (empty || code == null) {
                // The nodes stay in the row, hidden: the rows that stand in for the codebook while the
                // library is read style them then, and the codebook's arrival only fills them (made
                // then, they were most of the FX thread's longest stretch while a library opened).
                box.setVisible(false);
                setGraphic(box);
                setTooltip(null);
                return;
            }
            box.setVisible(true);
            swatch.setFill(Color.web(code.colour()));
            name.setText(code.name());
            name.getStyleClass().remove("code-category");
            if (!code.codable()) {
                name.getStyleClass().add("code-category");
            }
            code.shortcut().ifPresent(pin::setText);
            shown(pin, code.shortcut().isPresent());
            explanation = code.englishName() + (code.description().isEmpty() ? "" : "\n" + code.description());
            if (getTooltip() != null) {
                getTooltip().setText(explanation);
            }
            setGraphic(box);
        }

        /** Shows a node, or hides it and leaves it out of the row's layout. */
        private static void shown(Node node, boolean shown) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
