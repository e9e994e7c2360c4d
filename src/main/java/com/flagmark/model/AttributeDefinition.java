package com.flagmark.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed attribute that annotations with a code can carry, such as an outcome's
 * {@code value} (a number) or a measure's {@code colour} (one of 红, 黄, 蓝, 绿, none).
 *
 * @param name the key in an annotation's attributes, such as {@code value}
 * @param label the Chinese label shown beside the field
 * @param englishLabel the English label
 * @param choices the allowed values of a {@link AttributeType#CHOICE} attribute, or suggestions for a text
 */
public record AttributeDefinition(String name, String label, String englishLabel, AttributeType type,
        List<String> choices) {

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(englishLabel, "englishLabel");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("An attribute name is a plain identifier: " + name);
        }
        if (type == AttributeType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("A choice attribute needs choices: " + name);
        }
    }
}
