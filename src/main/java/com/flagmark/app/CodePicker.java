package com.flagmark.app;

import com.flagmark.usecase.CodeFilter;
import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The popup that applies a code to the selection: a field that filters the codes as the user
 * types (Chinese, English or pinyin initials) above the list of matches. Enter applies the
 * highlighted code, the arrows move, Escape closes.
 */
final class CodePicker {

    /** A row's swatch, gaps, cell padding and a scroll bar, beside its texts. */
    private static final double ROW_EXTRAS = 70;
    private static final double MIN_WIDTH = 340;
    private static final double MAX_WIDTH = 640;

    private final Popup popup = new Popup();
    private final TextField filterField = new TextField();
    private final ListView<Code> list = new ListView<>();
    private Consumer<Code> onChosen = code -> { };
    private CodeFilter filter;

    CodePicker() {
        filterField.setPromptText(Messages.get("picker.prompt"));
        list.setPrefSize(MIN_WIDTH, 300);
        VBox box = new VBox(6, filterField, list);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("code-picker");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        filterField.textProperty().addListener((property, before, text) -> refresh());
        filterField.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                choose();
            }
        });
    }

    /**
     * Shows the picker just beside the text it codes (below it, or above it near the bottom of
     * the screen), as wide as its longest row; {@code chosen} receives the code chosen.
     */
    void show(Window owner, Codebook codebook, CodeFilter codeFilter, Rectangle2D target, Consumer<Code> chosen) {
        this.filter = codeFilter;
        this.onChosen = chosen;
        list.setCellFactory(view -> new CodeCell(codebook));
        list.setPrefWidth(widthFor(codebook, codeFilter));
        filterField.clear();
        refresh();
        popup.show(owner, target.getMinX(), target.getMaxY());
        Rectangle2D screen = Screen.getScreensForRectangle(target).stream().findFirst().orElse(Screen.getPrimary())
                .getVisualBounds();
        Point2D corner = PopupPlacement.beside(target, popup.getWidth(), popup.getHeight(), screen);
        popup.setX(corner.getX());
        popup.setY(corner.getY());
        filterField.requestFocus();
    }

    /** The width that shows every code's names and its whole path, within a third of a wide screen. */
    private static double widthFor(Codebook codebook, CodeFilter codeFilter) {
        double widest = codeFilter.matching("").stream().mapToDouble(code -> Math.max(textWidth(code.name()),
                textWidth(code.englishName())) + textWidth(codebook.path(code) + "  ⌨9")).max().orElse(0);
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + ROW_EXTRAS));
    }

    private static double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(Font.getDefault());
        return measured.getLayoutBounds().getWidth();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private void refresh() {
        if (filter != null) {
            list.getItems().setAll(filter.matching(filterField.getText()));
            list.getSelectionModel().selectFirst();
        }
    }

    private void onKey(KeyEvent key) {
        if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
            int step = key.getCode() == KeyCode.DOWN ? 1 : -1;
            int index = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + step));
            list.getSelectionModel().select(index);
            list.scrollTo(index);
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER) {
            choose();
            key.consume();
        } else if (key.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            key.consume();
        }
    }

    private void choose() {
        Code code = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (code != null) {
            onChosen.accept(code);
        }
    }

    /** A code with its colour, name, English name and path. */
    static final class CodeCell extends ListCell<Code> {
        private final Codebook codebook;

        CodeCell(Codebook codebook) {
            this.codebook = codebook;
        }

        @Override
        protected void updateItem(Code code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(code.name());
            name.getStyleClass().add("code-name");
            Label english = new Label(code.englishName());
            english.getStyleClass().add("text-muted");
            Region space = new Region();
            HBox.setHgrow(space, Priority.ALWAYS);
            Label path = new Label(codebook.path(code) + code.shortcut().map(key -> "  ⌨" + key).orElse(""));
            path.getStyleClass().addAll("text-muted", "text-small");
            path.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, Swatch.of(code.colour()), new VBox(name, english), space, path);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
