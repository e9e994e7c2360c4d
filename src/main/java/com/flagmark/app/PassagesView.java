package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.Passage;
import com.flagmark.library.PassageOrder;
import com.flagmark.model.Annotation;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Code;
import com.flagmark.model.RegionRule;
import com.flagmark.usecase.Grids;
import com.flagmark.usecase.PassageFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Passages view: a concordance of coded passages (context before, quote, context after)
 * with their article's title, date and source, codes, note, attributes and coder; filters above,
 * any column sorts, a double click opens the article at the passage, the context menu recodes
 * and notes.
 */
final class PassagesView extends BorderPane {

    private final PassagesViewModel model;
    private final Workspace workspace;
    private final FileDialogs files;
    private final TableView<PassageRow> table = new TableView<>();
    private final ComboBox<Optional<Code>> code;
    private final ComboBox<Optional<Code>> together;
    private final TextField region = new TextField();
    private final ChoiceBox<RegionRule> rule;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField quote = new TextField();
    private final TextField query = new TextField();
    private final TextField within = new TextField();
    private final Label count = new Label();

    PassagesView(PassagesViewModel model, Workspace workspace, FileDialogs files, Consumer<Passage> open) {
        this.model = model;
        this.workspace = workspace;
        this.files = files;
        Codebook codebook = workspace.codebookProperty().get();
        code = AnalysisControls.codes(codebook, any -> true, Messages.get("analysis.anyCode"));
        together = AnalysisControls.codes(codebook, any -> true, Messages.get("analysis.noCode"));
        rule = AnalysisControls.choice("rule", RegionRule.values(), RegionRule.ANY, chosen -> { });
        region.setPromptText(Messages.get("analysis.region.prompt"));
        quote.setPromptText(Messages.get("analysis.quote.prompt"));
        query.setPromptText(Messages.get("analysis.query.prompt"));
        within.setPromptText(Messages.get("analysis.within.prompt"));
        quote.setPrefColumnCount(12);
        query.setPrefColumnCount(15);
        within.setPrefColumnCount(8);
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        VBox filters = new VBox(6,
                AnalysisControls.bar(AnalysisControls.label("analysis.code"), code, AnalysisControls.label("analysis.region"),
                        region, rule, AnalysisControls.label("analysis.from"), from, AnalysisControls.label("analysis.to"), to),
                AnalysisControls.bar(quote, query, AnalysisControls.label("analysis.together"), together, within,
                        AnalysisControls.button("analysis.apply", this::apply),
                        AnalysisControls.button("analysis.clear", this::clear), count,
                        AnalysisControls.button("analysis.saveCsv", this::saveCsv)));
        filters.setPadding(new Insets(8));
        setTop(filters);
        setCenter(table);
        buildTable(open);
        model.rows().addListener((javafx.collections.ListChangeListener<PassageRow>) change -> showCount());
        model.loadingProperty().addListener((property, before, now) -> showCount());
        showCount();
    }

    /** Shows the passages of a filter made elsewhere (a cell of the matrix), setting the filters to match. */
    void show(PassageFilter filter) {
        Codebook codebook = workspace.codebookProperty().get();
        code.setValue(filter.codeIds().stream().findFirst().flatMap(codebook::find));
        region.setText(String.join(" ", filter.regions()));
        rule.setValue(filter.rule());
        model.filter(filter);
    }

    private void buildTable(Consumer<Passage> open) {
        table.getColumns().setAll(List.of(
                column("analysis.column.date", PassageOrder.DATE, 95,
                        passage -> passage.date().map(date -> date.date().toString())
                                .orElse(Messages.get("analysis.undated"))),
                column("analysis.column.title", PassageOrder.TITLE, 160, passage -> passage.title().orElse("")),
                column("analysis.column.source", PassageOrder.SOURCE, 90, passage -> passage.source().orElse("")),
                column("analysis.column.before", PassageOrder.BEFORE, 150,
                        passage -> oneLine(passage.annotation().anchor().prefix())),
                column("analysis.column.quote", PassageOrder.QUOTE, 170,
                        passage -> oneLine(passage.annotation().anchor().exact())),
                column("analysis.column.after", PassageOrder.AFTER, 150,
                        passage -> oneLine(passage.annotation().anchor().suffix())),
                column("analysis.column.codes", PassageOrder.CODES, 150,
                        passage -> Grids.codes(passage.annotation(), workspace.codebookProperty().get())),
                column("analysis.column.note", PassageOrder.NOTE, 120, passage -> passage.annotation().note()),
                column("analysis.column.attributes", PassageOrder.ATTRIBUTES, 140,
                        passage -> attributes(passage.annotation())),
                column("analysis.column.coder", PassageOrder.CODER, 70, passage -> passage.annotation().coder())));
        // The context before a quote is cut at its start, so that the words next to the quote show.
        table.getColumns().get(3).getStyleClass().add("analysis-before");
        table.getColumns().get(4).getStyleClass().add("analysis-quote");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("analysis.passages.none")));
        table.setSortPolicy(sorted -> {
            sort();
            return true;
        });
        table.setRowFactory(view -> {
            TableRow<PassageRow> row = new TableRow<>() {
                @Override
                protected void updateItem(PassageRow item, boolean empty) {
                    super.updateItem(item, empty);
                    if (item != null && !empty) {
                        model.show(item);
                    }
                }
            };
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                    PassagesViewModel.passageOf(row.getItem()).ifPresent(open);
                }
            });
            return row;
        });
        table.setOnContextMenuRequested(request -> PassagesViewModel
                .passageOf(table.getSelectionModel().getSelectedItem()).ifPresent(passage -> {
                    ContextMenu menu = contextMenu(passage, open);
                    menu.show(table, request.getScreenX(), request.getScreenY());
                }));
        table.setItems(model.rows());
    }

    /** The passage's attributes under the labels its codes give them, in the window's language. */
    private String attributes(Annotation annotation) {
        Codebook codebook = workspace.codebookProperty().get();
        Map<String, AttributeDefinition> definitions = new HashMap<>();
        codebook.attributesOf(annotation.codeIds())
                .forEach(definition -> definitions.putIfAbsent(definition.name(), definition));
        return annotation.attributes().entrySet().stream().map(entry -> Optional.ofNullable(
                definitions.get(entry.getKey())).map(definition -> Messages.isChinese() ? definition.label()
                        : definition.englishLabel()).orElse(entry.getKey()) + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    private TableColumn<PassageRow, String> column(String key, PassageOrder order, double width,
            Function<Passage, String> text) {
        TableColumn<PassageRow, String> column = new TableColumn<>(Messages.get(key));
        column.setUserData(order);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> cell.getValue().passageProperty().map(loaded -> loaded.map(text).orElse("…")));
        return column;
    }

    /** Returns the text with its line breaks as spaces, so that a row keeps one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private ContextMenu contextMenu(Passage passage, Consumer<Passage> open) {
        Codebook codebook = workspace.codebookProperty().get();
        MenuItem opening = new MenuItem(Messages.get("analysis.passages.open"));
        opening.setOnAction(event -> open.accept(passage));
        MenuItem note = new MenuItem(Messages.get("analysis.passages.note"));
        note.setOnAction(event -> editNote(passage));
        MenuItem add = new MenuItem(Messages.get("analysis.passages.addCode"));
        add.setOnAction(event -> addCode(passage, codebook));
        Menu remove = new Menu(Messages.get("analysis.passages.removeCode"));
        passage.annotation().codeIds().forEach(id -> codebook.find(id).ifPresent(each -> {
            MenuItem item = new MenuItem(codebook.path(each));
            item.setOnAction(event -> model.removeCode(passage, id));
            remove.getItems().add(item);
        }));
        remove.setDisable(passage.annotation().codeIds().size() < 2);
        return new ContextMenu(opening, note, add, remove);
    }

    private void editNote(Passage passage) {
        TextInputDialog dialog = new TextInputDialog(passage.annotation().note());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(Messages.get("analysis.passages.note"));
        dialog.setHeaderText(passage.annotation().anchor().exact());
        dialog.showAndWait().ifPresent(text -> model.setNote(passage, text));
    }

    private void addCode(Passage passage, Codebook codebook) {
        List<String> paths = codebook.all().stream().filter(Code::codable).map(codebook::path).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(paths.isEmpty() ? null : paths.get(0), paths);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(Messages.get("analysis.passages.addCode"));
        dialog.setHeaderText(passage.annotation().anchor().exact());
        dialog.showAndWait().flatMap(codebook::resolve).ifPresent(chosen -> model.addCode(passage, chosen));
    }

    private void sort() {
        if (table.getSortOrder().isEmpty()) {
            model.sort(PassageOrder.DATE, false);
            return;
        }
        TableColumn<PassageRow, ?> first = table.getSortOrder().get(0);
        PassageOrder order = (PassageOrder) first.getUserData();
        boolean descending = first.getSortType() == TableColumn.SortType.DESCENDING;
        if (order != model.orderProperty().get() || descending != model.descendingProperty().get()) {
            model.sort(order, descending);
        }
    }

    private void apply() {
        model.filter(PassageFilter.ALL
                .withCodes(code.getValue().map(chosen -> List.of(chosen.id())).orElse(List.of()))
                .withRegions(List.of(region.getText().strip().split("[\\s,，、]+")).stream()
                        .filter(text -> !text.isEmpty()).toList(), rule.getValue())
                .withDates(Optional.ofNullable(from.getValue()), Optional.ofNullable(to.getValue()))
                .withQuoteText(Optional.of(quote.getText().strip()))
                .withQuery(Optional.of(query.getText()))
                .withTogether(together.getValue().map(Code::id), characters()));
    }

    private OptionalInt characters() {
        String text = within.getText().strip();
        return text.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    private void clear() {
        code.setValue(Optional.empty());
        together.setValue(Optional.empty());
        region.clear();
        rule.setValue(RegionRule.ANY);
        from.setValue(null);
        to.setValue(null);
        quote.clear();
        query.clear();
        within.clear();
        model.filter(PassageFilter.ALL);
    }

    private void showCount() {
        count.setText(model.loadingProperty().get() ? Messages.get("analysis.loading")
                : Messages.get("analysis.passages.count", model.rows().size()));
    }

    private void saveCsv() {
        AnalysisControls.askSave(files, getScene().getWindow(), "csv", Messages.get("analysis.passages.file"))
                .ifPresent(file -> model.saveCsv(file, saved -> count.setText(Messages.get("analysis.saved", saved, file))));
    }
}
