package com.flagmark.app;

import com.flagmark.annotate.AttributeValues;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the attribute fields of the selected annotation hold: the saved values, and what the user
 * typed that is not valid yet. An invalid entry is kept as typed, with a message in the UI's
 * language, until it is corrected or another annotation is chosen; it is never silently dropped.
 */
final class AttributeEntries {

    private long annotationId = -1;
    private Map<String, String> saved = Map.of();
    private final Map<String, String> drafts = new HashMap<>();

    /** Shows an annotation's saved values; what was typed for the same annotation and not saved stays. */
    void show(long annotation, Map<String, String> values) {
        if (annotation != annotationId) {
            drafts.clear();
            annotationId = annotation;
        }
        saved = new LinkedHashMap<>(values);
    }

    /** The text a field shows: what the user typed and could not be saved, or the saved value. */
    String text(String name) {
        return drafts.getOrDefault(name, saved.getOrDefault(name, ""));
    }

    /** What is wrong with the field's text, in the UI's language, or empty when it is fine. */
    Optional<String> problem(AttributeDefinition definition) {
        String typed = text(definition.name());
        return AttributeValues.problem(definition, typed).map(english -> message(definition));
    }

    /**
     * Takes what the user typed into a field. Returns all the annotation's values to save when
     * the text is valid and differs from what is saved; otherwise empty, keeping an invalid
     * text to show with its problem.
     */
    Optional<Map<String, String>> type(AttributeDefinition definition, String typed) {
        String cleaned = typed.strip();
        String name = definition.name();
        if (AttributeValues.problem(definition, cleaned).isPresent()) {
            drafts.put(name, typed);
            return Optional.empty();
        }
        drafts.remove(name);
        if (cleaned.equals(saved.getOrDefault(name, ""))) {
            return Optional.empty();
        }
        if (cleaned.isEmpty()) {
            saved.remove(name);
        } else {
            saved.put(name, cleaned);
        }
        return Optional.of(Map.copyOf(saved));
    }

    /** The attribute's label in the UI's language. */
    static String label(AttributeDefinition definition) {
        return Messages.isChinese() ? definition.label() : definition.englishLabel();
    }

    /** An example shown in an empty field, worded so that it does not read as a value: "e.g. 98". */
    static String example(AttributeDefinition definition) {
        return switch (definition.type()) {
            case NUMBER -> Messages.get("attribute.example.number");
            case DATE -> Messages.get("attribute.example.date");
            default -> "";
        };
    }

    /** A choice as the UI's language names it, such as 红 as Red; a value without a name shows as stored. */
    static String choiceName(String value) {
        return Messages.find("choice." + value).orElse(value);
    }

    private static String message(AttributeDefinition definition) {
        if (definition.type() == AttributeType.CHOICE) {
            return Messages.get("attribute.choice", label(definition),
                    String.join(Messages.isChinese() ? "、" : ", ",
                            definition.choices().stream().map(AttributeEntries::choiceName).toList()));
        }
        return Messages.get(definition.type() == AttributeType.DATE ? "attribute.date" : "attribute.number",
                label(definition));
    }
}
