package com.flagmark.app;

import com.flagmark.library.Passage;
import com.flagmark.usecase.PassageFilter;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window for looking across the library: the Passages, Matrix, Timeline and Outcomes views
 * as tabs. Only the tab in front counts; the others count again when they come forward, and
 * nothing counts while the window is closed.
 */
final class AnalysisWindow {

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final Workspace workspace;
    private final FileDialogs files;
    private final ChartSaving saving;
    private final PassagesViewModel passagesModel;
    private final MatrixViewModel matrixModel;
    private final TimelineViewModel timelineModel;
    private final OutcomesViewModel outcomesModel;
    private final List<Runnable> deactivate;
    private final List<Consumer<Boolean>> activators;
    private Consumer<Passage> open;
    private Tab passagesTab;
    private PassagesView passages;

    AnalysisWindow(Window owner, Workspace workspace, FileDialogs files, BooleanSupplier dark, Consumer<Passage> open) {
        this.workspace = workspace;
        this.files = files;
        this.open = open;
        status.getStyleClass().addAll("text-muted", "text-small");
        status.setPadding(new Insets(3, 10, 3, 10));
        saving = new ChartSaving(workspace, files, () -> stage, status::setText, dark);
        passagesModel = new PassagesViewModel(workspace);
        matrixModel = new MatrixViewModel(workspace);
        timelineModel = new TimelineViewModel(workspace);
        outcomesModel = new OutcomesViewModel(workspace);
        buildTabs();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        activators = List.of(passagesModel::setActive, matrixModel::setActive, timelineModel::setActive,
                outcomesModel::setActive);
        deactivate = activators.stream().<Runnable>map(each -> () -> each.accept(false)).toList();
        tabs.getSelectionModel().selectedIndexProperty().addListener((property, before, now) -> activate());
        stage.showingProperty().addListener((property, before, showing) -> activate());
        activate();
        BorderPane root = new BorderPane(tabs);
        root.setBottom(status);
        // As large as the views want, but never beyond the screen: a 1024×700 screen shows it whole.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1200, screen.getWidth()), Math.min(760, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(AnalysisWindow.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("analysis.title"));
    }

    /**
     * Builds the views again in the language now chosen, over the same view-models, so the
     * window keeps its choices, its counts and the tab in front; the main window calls it when
     * the language changes.
     */
    void speakAgain() {
        int front = tabs.getSelectionModel().getSelectedIndex();
        buildTabs();
        tabs.getSelectionModel().select(Math.max(0, front));
        status.setText("");
        stage.setTitle(Messages.get("analysis.title"));
    }

    /** Opens a passage's article with this, from now on: the main window rebuilt for a language passes its own. */
    void openWith(Consumer<Passage> opener) {
        open = Objects.requireNonNull(opener, "opener");
    }

    private void buildTabs() {
        passages = new PassagesView(passagesModel, workspace, files, passage -> open.accept(passage));
        passagesTab = tab("analysis.tab.passages", passages);
        tabs.getTabs().setAll(passagesTab,
                tab("analysis.tab.matrix", new MatrixView(matrixModel, workspace, saving, this::showPassages)),
                tab("analysis.tab.timeline", new TimelineView(timelineModel, workspace, saving)),
                tab("analysis.tab.outcomes", new OutcomesView(outcomesModel, saving)));
    }

    /** Shows the window, or brings it to the front. */
    void show() {
        stage.show();
        stage.toFront();
    }

    /** Shows the Passages view with a filter, as a click on a cell of the matrix asks. */
    void showPassages(PassageFilter filter) {
        passages.show(filter);
        tabs.getSelectionModel().select(passagesTab);
    }

    private void activate() {
        int front = tabs.getSelectionModel().getSelectedIndex();
        deactivate.forEach(Runnable::run);
        if (stage.isShowing() && front >= 0) {
            activators.get(front).accept(true);
        }
    }

    private static Tab tab(String key, Node content) {
        return new Tab(Messages.get(key), content);
    }
}
