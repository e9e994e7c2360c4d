package com.flagmark.app;

import com.flagmark.usecase.ReviewedSuggestion;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The middle of the sidebar: the article's annotations and its suggestions, a tab each. The
 * Suggestions tab counts the open suggestions and comes forward when one is selected, so review
 * by keyboard always shows its list.
 */
final class SidebarTabs extends TabPane {

    private final Tab suggestionsTab;

    SidebarTabs(Node annotations, Node suggestionList, SuggestionsViewModel suggestions, ModelListeners listeners) {
        Tab annotationsTab = new Tab(Messages.get("sidebar.annotations"), annotations);
        suggestionsTab = new Tab(Messages.get("sidebar.suggestions", 0), suggestionList);
        getTabs().setAll(annotationsTab, suggestionsTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setFocusTraversable(false);
        listeners.listen(suggestions.shown(), (ListChangeListener<ReviewedSuggestion>) change ->
                suggestionsTab.setText(Messages.get("sidebar.suggestions", suggestions.shown().size())));
        listeners.listen(suggestions.selectedProperty(), (property, before, selected) -> {
            if (selected.isPresent()) {
                getSelectionModel().select(suggestionsTab);
            }
        });
    }

    /** The tab of the suggestions. */
    Tab suggestionsTab() {
        return suggestionsTab;
    }
}
