package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The article's annotations in the order of the text: each with its codes' colours and names
 * and its passage. Selecting one selects it in the reader too, and the other way round.
 */
final class AnnotationsPane extends ListView<Annotation> {

    private boolean following;

    AnnotationsPane(ArticleViewModel article, CodebookViewModel codebook, ModelListeners listeners) {
        setItems(article.annotations());
        setCellFactory(view -> new AnnotationCell(codebook));
        Label empty = new Label(Messages.get("annotations.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(260);
        setPlaceholder(empty);
        getSelectionModel().selectedItemProperty().addListener((property, before, chosen) -> {
            if (!following && chosen != null) {
                article.selectAnnotation(Optional.of(chosen.id()));
            }
        });
        listeners.listen(article.selectedProperty(), (property, before, selected) -> follow(selected));
    }

    private void follow(Optional<Annotation> selected) {
        following = true;
        try {
            if (selected.isPresent()) {
                getSelectionModel().select(selected.get());
                scrollTo(selected.get());
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
    }

    /** An annotation: the chips of its codes above its passage and its note. */
    private static final class AnnotationCell extends ListCell<Annotation> {
        private final CodebookViewModel codebook;

        AnnotationCell(CodebookViewModel codebook) {
            this.codebook = codebook;
        }

        @Override
        protected void updateItem(Annotation annotation, boolean empty) {
            super.updateItem(annotation, empty);
            if (empty || annotation == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Codebook now = codebook.codebookProperty().get();
            FlowPane codes = new FlowPane(4, 2);
            for (long id : annotation.codeIds()) {
                now.find(id).ifPresent(code -> codes.getChildren().add(chip(code)));
            }
            Label quote = new Label(annotation.anchor().exact().replace('\n', ' '));
            quote.getStyleClass().add("annotation-quote");
            quote.setWrapText(true);
            VBox box = new VBox(3, codes, quote);
            if (!annotation.note().isEmpty()) {
                Label note = new Label("✎ " + annotation.note());
                note.getStyleClass().addAll("text-muted", "text-small");
                note.setWrapText(true);
                box.getChildren().add(note);
            }
            if (annotation.orphaned()) {
                Label orphan = new Label(Messages.get("annotations.orphaned"));
                orphan.getStyleClass().add("text-danger");
                box.getChildren().add(orphan);
            }
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            box.setMinWidth(0);
            setGraphic(box);
            setText(null);
        }

        private static Label chip(Code code) {
            Label chip = new Label(code.name(), Swatch.of(code.colour()));
            chip.getStyleClass().add("code-chip");
            return chip;
        }
    }
}
