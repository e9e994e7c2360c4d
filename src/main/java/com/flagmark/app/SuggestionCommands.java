package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Candidate;
import com.flagmark.usecase.BulkAcceptance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the Suggestions menu and its keys do in the window: the review commands of
 * {@link SuggestionsViewModel}, and the small dialogs some of them need (edit then accept, the
 * candidates of an ambiguous region, the count of a bulk accept before it runs).
 */
final class SuggestionCommands {

    /** The width of the bulk accept's count, in pixels, about that of its question. */
    private static final double DIALOG_WIDTH = 520;

    private final SuggestionsViewModel suggestions;
    private final Supplier<Window> window;
    private final Supplier<Codebook> codebook;
    private final Supplier<List<Long>> selectedArticles;
    private final Supplier<Bounds> readerOnScreen;

    SuggestionCommands(SuggestionsViewModel suggestions, Supplier<Window> window, Supplier<Codebook> codebook,
            Supplier<List<Long>> selectedArticles, Supplier<Bounds> readerOnScreen) {
        this.suggestions = suggestions;
        this.window = window;
        this.codebook = codebook;
        this.selectedArticles = selectedArticles;
        this.readerOnScreen = readerOnScreen;
    }

    void next() {
        suggestions.next();
    }

    void previous() {
        suggestions.previous();
    }

    void accept() {
        suggestions.selectedProperty().get().ifPresent(suggestion -> {
            if (suggestion.ambiguous()) {
                chooseLink();
            } else {
                suggestions.accept();
            }
        });
    }

    void reject() {
        suggestions.reject();
    }

    void neverSuggest() {
        suggestions.neverSuggest();
    }

    void toggleLowTier() {
        suggestions.hideLowTierProperty().set(!suggestions.hideLowTierProperty().get());
    }

    /** Computes the suggestions of every article that has none, in the background; the suggestion pane shows how far it got. */
    void computeLibrary() {
        suggestions.libraryWide().computeAll();
    }

    /** Shows the suggestion's attributes, filled in, and a note; accepts it as edited. */
    void editThenAccept() {
        Optional<CodeSuggestion> selected = suggestions.selectedProperty().get();
        if (selected.isEmpty()) {
            return;
        }
        CodeSuggestion suggestion = selected.get();
        List<AttributeDefinition> definitions = codebook.get().resolve(suggestion.code())
                .map(code -> codebook.get().attributesOf(code)).orElse(List.of());
        AttributeForm form = new AttributeForm();
        AtomicReference<Map<String, String>> edited = new AtomicReference<>(suggestion.attributes());
        // A new form per dialog keeps no drafts; the suggestion's id, negated, cannot name an annotation.
        form.show(-suggestion.id(), definitions, suggestion.attributes(), edited::set);
        TextField note = new TextField();
        note.setPromptText(Messages.get("suggestions.edit.note"));
        Dialog<ButtonType> dialog = dialog(Messages.get("suggestions.edit.title"),
                suggestion.exact() + " → " + suggestion.code(), new VBox(10, form, note));
        dialog.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> suggestions.accept(suggestion, edited.get(), note.getText().strip()));
    }

    /** Offers the candidates of the selected region, if it is ambiguous; the one chosen is accepted. */
    void chooseLink() {
        Optional<CodeSuggestion> selected = suggestions.selectedProperty().get().filter(CodeSuggestion::ambiguous);
        if (selected.isEmpty()) {
            return;
        }
        ContextMenu menu = new ContextMenu();
        int number = 1;
        for (Candidate candidate : selected.get().candidates()) {
            MenuItem item = new MenuItem(number++ + "  " + candidate.within() + " " + candidate.name() + "  "
                    + candidate.gazetteer());
            item.setOnAction(event -> suggestions.choose(selected.get(), candidate));
            menu.getItems().add(item);
        }
        Bounds reader = readerOnScreen.get();
        menu.show(window.get(), reader.getMinX() + reader.getWidth() / 2 - 120, reader.getMinY() + 60);
    }

    /** Asks where to accept every suggestion like the selected one, shows the count, then accepts them. */
    void bulkAccept() {
        Optional<CodeSuggestion> like = suggestions.selectedProperty().get();
        if (like.isEmpty()) {
            return;
        }
        ToggleGroup scopes = new ToggleGroup();
        RadioButton article = scope(scopes, "suggestions.bulk.article", SuggestionsViewModel.Scope.ARTICLE);
        List<Long> chosen = selectedArticles.get();
        RadioButton selection = scope(scopes, "suggestions.bulk.selected", SuggestionsViewModel.Scope.SELECTED_ARTICLES);
        selection.setText(Messages.get("suggestions.bulk.selected", chosen.size()));
        selection.setDisable(chosen.size() < 2);
        RadioButton library = scope(scopes, "suggestions.bulk.library", SuggestionsViewModel.Scope.LIBRARY);
        Label count = new Label();
        // The count's sentence changes length as it is worked out; wrapped, the dialog keeps its size.
        count.setWrapText(true);
        count.setPrefWidth(DIALOG_WIDTH);
        count.setMinHeight(Region.USE_PREF_SIZE);
        String what = like.get().exact() + " → " + like.get().code()
                + Optional.ofNullable(like.get().attributes().get("gazetteer")).map(code -> " " + code).orElse("");
        Dialog<ButtonType> dialog = dialog(Messages.get("suggestions.bulk.title"),
                Messages.get("suggestions.bulk.header", what), new VBox(8, article, selection, library, count));
        AtomicReference<BulkAcceptance> plan = new AtomicReference<>();
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        scopes.selectedToggleProperty().addListener((property, before, toggle) -> {
            plan.set(null);
            ok.setDisable(true);
            count.setText(Messages.get("suggestions.bulk.counting"));
            suggestions.planBulkAccept((SuggestionsViewModel.Scope) toggle.getUserData(), chosen, planned -> {
                if (scopes.getSelectedToggle() == toggle) {
                    plan.set(planned);
                    count.setText(Messages.get("suggestions.bulk.count", planned.count(), planned.skipped()));
                    ok.setDisable(planned.count() == 0);
                }
            });
        });
        article.setSelected(true);
        dialog.showAndWait().filter(ButtonType.OK::equals).filter(pressed -> plan.get() != null)
                .ifPresent(pressed -> suggestions.acceptAll(plan.get()));
    }

    private static RadioButton scope(ToggleGroup group, String key, SuggestionsViewModel.Scope scope) {
        RadioButton button = new RadioButton(Messages.get(key));
        button.setToggleGroup(group);
        button.setUserData(scope);
        return button;
    }

    private Dialog<ButtonType> dialog(String title, String header, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }
}
