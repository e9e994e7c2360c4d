package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Candidate;
import com.flagmark.usecase.ReviewedSuggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The article's open suggestions, grouped by category (regions, measures, outcomes) and in text
 * order within each: the passage with a little of its context, the suggested code, the
 * attributes already filled in, and for an ambiguous region a button per candidate, which
 * accepts it in one click. A toggle hides the low tier; selecting a row selects the suggestion
 * in the reader, and the other way round. A line below the list names the review keys.
 */
final class SuggestionsPane extends BorderPane {

    private static final int CONTEXT = 12;

    /** A row of the list: a category's heading, or a suggestion. */
    private sealed interface Row permits Heading, Item {
    }

    private record Heading(String name, int count) implements Row {
    }

    private record Item(ReviewedSuggestion reviewed) implements Row {
    }

    private final ListView<Row> list = new ListView<>();
    private final SuggestionsViewModel suggestions;
    private final ArticleViewModel article;
    private final CodebookViewModel codebook;
    private boolean following;

    SuggestionsPane(SuggestionsViewModel suggestions, ArticleViewModel article, CodebookViewModel codebook,
            Runnable bulkAccept, ModelListeners listeners) {
        this.suggestions = suggestions;
        this.article = article;
        this.codebook = codebook;
        CheckBox hideLow = new CheckBox(Messages.get("suggestions.hideLow"));
        hideLow.selectedProperty().bindBidirectional(suggestions.hideLowTierProperty());
        hideLow.setFocusTraversable(false);
        Button bulk = new Button(Messages.get("suggestions.bulk"));
        bulk.getStyleClass().add("small");
        bulk.setFocusTraversable(false);
        bulk.setOnAction(event -> bulkAccept.run());
        bulk.disableProperty().bind(suggestions.selectedProperty().map(Optional::isEmpty));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, hideLow, gap, bulk);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        setCenter(list);
        Label keys = new Label(Messages.get("suggestions.keys"));
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.getStyleClass().addAll("text-muted", "text-small");
        keys.setPadding(new Insets(3, 6, 3, 6));
        Label empty = new Label(Messages.get("suggestions.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(260);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new RowCell());
        listeners.listen(suggestions.shown(), (ListChangeListener<ReviewedSuggestion>) change -> rebuild());
        list.getSelectionModel().selectedItemProperty().addListener((property, before, chosen) -> {
            if (!following && chosen instanceof Item item) {
                suggestions.select(Optional.of(item.reviewed().suggestion().id()));
            }
        });
        listeners.listen(suggestions.selectedProperty(), (property, before, selected) -> follow(selected));
        setBottom(new VBox(libraryWideBar(suggestions.libraryWide(), listeners), keys));
    }

    /**
     * How many articles of the library have no suggestions yet, with a button to compute them
     * all; while they are computed, how far it got, with a button to stop.
     */
    private static HBox libraryWideBar(LibraryWideSuggestions libraryWide, ModelListeners listeners) {
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().addAll("text-muted", "text-small");
        HBox.setHgrow(status, Priority.ALWAYS);
        Button action = new Button();
        action.getStyleClass().add("small");
        action.setFocusTraversable(false);
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, status, action);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.managedProperty().bind(bar.visibleProperty());
        Consumer<LibraryWideSuggestions.State> show = state -> {
            bar.setVisible(state.shown());
            status.setText(state.running()
                    ? Messages.get("suggestions.library.computing", state.done(), state.missing())
                    : Messages.get("suggestions.library.missing", state.missing() - state.done()));
            action.setText(Messages.get(state.running() ? "suggestions.library.stop" : "suggestions.library.compute"));
            action.setOnAction(event -> {
                if (state.running()) {
                    libraryWide.stop();
                } else {
                    libraryWide.computeAll();
                }
            });
        };
        show.accept(libraryWide.stateProperty().get());
        listeners.listen(libraryWide.stateProperty(), (property, before, now) -> show.accept(now));
        return bar;
    }

    private void rebuild() {
        Map<String, List<ReviewedSuggestion>> byCategory = new LinkedHashMap<>();
        for (String category : List.of("地区", "措施", "成效")) {
            byCategory.put(category, new ArrayList<>());
        }
        for (ReviewedSuggestion each : suggestions.shown()) {
            byCategory.computeIfAbsent(category(each.suggestion()), name -> new ArrayList<>()).add(each);
        }
        List<Row> rows = new ArrayList<>();
        byCategory.forEach((category, members) -> {
            if (!members.isEmpty()) {
                rows.add(new Heading(category, members.size()));
                members.forEach(each -> rows.add(new Item(each)));
            }
        });
        following = true;
        try {
            list.getItems().setAll(rows);
        } finally {
            following = false;
        }
        follow(suggestions.selectedProperty().get());
    }

    private void follow(Optional<CodeSuggestion> selected) {
        following = true;
        try {
            Optional<Row> row = selected.flatMap(suggestion -> list.getItems().stream()
                    .filter(each -> each instanceof Item item && item.reviewed().suggestion().id() == suggestion.id())
                    .findFirst());
            if (row.isPresent()) {
                list.getSelectionModel().select(row.get());
                list.scrollTo(Math.max(0, list.getItems().indexOf(row.get()) - 2));
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
    }

    private static String category(CodeSuggestion suggestion) {
        int slash = suggestion.code().indexOf('/');
        return slash < 0 ? suggestion.code() : suggestion.code().substring(0, slash);
    }

    /** A category's heading, or a suggestion with its context, code, attributes and candidates. */
    private final class RowCell extends ListCell<Row> {

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setTooltip(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            setGraphic(row instanceof Item item ? item(item.reviewed().suggestion()) : heading((Heading) row));
        }

        private Label heading(Heading heading) {
            Codebook now = codebook.codebookProperty().get();
            String name = now.resolve(heading.name()).map(code -> Messages.isChinese() ? code.name() : code.englishName())
                    .orElse(heading.name());
            Label label = new Label(name + "  " + heading.count());
            label.getStyleClass().addAll("code-category", "text-small");
            return label;
        }

        private VBox item(CodeSuggestion suggestion) {
            Codebook now = codebook.codebookProperty().get();
            Optional<Code> code = now.resolve(suggestion.code());
            Label chip = new Label(code.map(each -> Messages.isChinese() ? each.name() : each.englishName())
                    .orElse(suggestion.code()),
                    Swatch.of(code.map(Code::colour).orElse("#888888")));
            chip.getStyleClass().add("code-chip");
            HBox top = new HBox(6, chip);
            top.setAlignment(Pos.CENTER_LEFT);
            if (suggestion.tier() == CodeSuggestion.Tier.LOW) {
                top.getChildren().add(badge(Messages.get("suggestions.low")));
            }
            if (suggestion.target()) {
                top.getChildren().add(badge(Messages.get("suggestions.target")));
            }
            Label context = new Label(context(suggestion));
            context.setWrapText(true);
            context.getStyleClass().add("suggestion-context");
            VBox box = new VBox(3, top, context);
            String values = suggestions.filledIn(suggestion);
            if (!values.isEmpty()) {
                Label filled = new Label(values);
                filled.setWrapText(true);
                filled.getStyleClass().addAll("text-muted", "text-small");
                box.getChildren().add(filled);
            }
            if (suggestion.ambiguous()) {
                box.getChildren().add(candidates(suggestion));
            }
            setTooltip(new Tooltip(suggestions.evidence(suggestion)));
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            box.setMinWidth(0);
            return box;
        }

        private FlowPane candidates(CodeSuggestion suggestion) {
            FlowPane choices = new FlowPane(4, 4);
            int number = 1;
            for (Candidate candidate : suggestion.candidates()) {
                Button choose = new Button(number++ + " " + candidate.within() + " " + candidate.name());
                choose.getStyleClass().add("small");
                choose.setFocusTraversable(false);
                choose.setOnAction(event -> suggestions.choose(suggestion, candidate));
                choices.getChildren().add(choose);
            }
            return choices;
        }

        private static Label badge(String text) {
            Label badge = new Label(text);
            badge.getStyleClass().addAll("code-key", "text-small");
            return badge;
        }

        private String context(CodeSuggestion suggestion) {
            return article.articleProperty().get().map(StoredArticle::article).map(current -> {
                String text = current.text();
                int length = CanonicalText.length(text);
                if (suggestion.end() > length) {
                    return suggestion.exact();
                }
                String before = CanonicalText.slice(text, Math.max(0, suggestion.start() - CONTEXT), suggestion.start());
                String after = CanonicalText.slice(text, suggestion.end(), Math.min(length, suggestion.end() + CONTEXT));
                return ("…" + before + "【" + suggestion.exact() + "】" + after + "…").replace('\n', ' ');
            }).orElse(suggestion.exact());
        }
    }
}
