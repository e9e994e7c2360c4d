package com.flagmark.annotate;

import com.flagmark.model.Reason;
import com.flagmark.model.AttributeDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an annotation's attribute values against its codes' attribute definitions: each name
 * must belong to one of the codes, a number must be a number, a choice one of its choices, a
 * date an ISO date. Problems are written for the user, in English and under a key.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /**
     * Returns the problems of the values, or an empty list when they are all valid: what a
     * user's input is checked against, each name one of the codes' attributes.
     */
    public static List<Reason> problems(Codebook codebook, List<Long> codeIds, Map<String, String> values) {
        List<AttributeDefinition> allowed = codebook.attributesOf(codeIds);
        List<Reason> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            Optional<AttributeDefinition> definition = allowed.stream().filter(a -> a.name().equals(name)).findFirst();
            if (definition.isEmpty()) {
                problems.add(Reason.because("The codes of this annotation have no attribute '" + name + "'"
                        + (allowed.isEmpty() ? "." : "; they have: " + names(allowed) + "."), "attribute.unknown", name));
            } else {
                problem(definition.get(), value).ifPresent(problems::add);
            }
        });
        return problems;
    }

    /**
     * Returns the problems of the values whose names the codes define, leaving other names
     * alone: what a store checks, so that a value a file brings for an attribute the codebook
     * does not define (yet) is kept rather than lost.
     */
    public static List<Reason> mismatches(Codebook codebook, List<Long> codeIds, Map<String, String> values) {
        List<AttributeDefinition> allowed = codebook.attributesOf(codeIds);
        List<Reason> problems = new ArrayList<>();
        values.forEach((name, value) -> allowed.stream().filter(a -> a.name().equals(name)).findFirst()
                .flatMap(definition -> problem(definition, value)).ifPresent(problems::add));
        return problems;
    }

    /** Returns what is wrong with one value, or empty when it fits the definition. */
    public static Optional<Reason> problem(AttributeDefinition definition, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        String label = definition.label() + " (" + definition.name() + ")";
        String choices = String.join(", ", definition.choices());
        return switch (definition.type()) {
            case TEXT -> Optional.empty();
            case NUMBER -> isNumber(value) ? Optional.empty()
                    : Optional.of(misfit(definition, value, label + " must be a number, such as 98 or 2.5, not '" + value
                            + "'.", "attribute.notNumber"));
            case CHOICE -> definition.choices().contains(value) ? Optional.empty()
                    : Optional.of(misfit(definition, value, label + " must be one of " + choices + ", not '" + value
                            + "'.", "attribute.notChoice"));
            case DATE -> isDate(value) ? Optional.empty()
                    : Optional.of(misfit(definition, value, label + " must be a date such as 2022-02-20, not '" + value
                            + "'.", "attribute.notDate"));
        };
    }

    /** A value that does not fit: its wording is filled in with the Chinese and English labels, the value and the choices. */
    private static Reason misfit(AttributeDefinition definition, String value, String text, String key) {
        return Reason.because(text, key, definition.label(), definition.englishLabel(), value,
                String.join("、", definition.choices()), String.join(", ", definition.choices()));
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.strip().replace(",", ""));
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static String names(List<AttributeDefinition> definitions) {
        return String.join(", ", definitions.stream().map(AttributeDefinition::name).toList());
    }
}
