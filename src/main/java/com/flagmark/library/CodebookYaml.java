package com.flagmark.library;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Code;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a codebook written in YAML, as {@code codebook-default.yaml} is: a list of codes, each
 * with {@code name}, {@code english}, {@code colour}, and optionally {@code codable} (default
 * true), {@code shortcut}, {@code description}, {@code attributes} ({@code name}, {@code label},
 * {@code english}, {@code type}, {@code choices}), {@code cues} and {@code children}.
 */
final class CodebookYaml {

    /** A code as the file gives it, before it has an id, with the codes below it. */
    record Entry(Code draft, List<Entry> children) {

        Entry {
            children = List.copyOf(children);
        }
    }

    private CodebookYaml() {
    }

    /**
     * Returns the roots of the codebook in the stream, in the file's order; each draft's id is
     * 0 and its position its place among its siblings.
     *
     * @throws IllegalArgumentException if the text is not such a codebook
     */
    static List<Entry> read(InputStream in) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException notYaml) {
            throw new IllegalArgumentException("The codebook is not valid YAML: " + notYaml.getMessage(), notYaml);
        }
        return entries(document);
    }

    private static List<Entry> entries(Object list) {
        List<Entry> entries = new ArrayList<>();
        for (Object item : asList(list)) {
            entries.add(entry(asMap(item), entries.size()));
        }
        return entries;
    }

    private static Entry entry(Map<?, ?> fields, int position) {
        Code draft = new Code(0, Optional.empty(), text(fields, "name"), text(fields, "english"),
                text(fields, "colour"), optionalText(fields, "shortcut"),
                optionalText(fields, "description").orElse(""),
                optionalText(fields, "codable").map(Boolean::parseBoolean).orElse(true),
                asList(fields.get("attributes")).stream().map(item -> attribute(asMap(item))).toList(),
                strings(fields.get("cues")), position);
        return new Entry(draft, entries(fields.get("children")));
    }

    private static AttributeDefinition attribute(Map<?, ?> fields) {
        String type = text(fields, "type");
        return new AttributeDefinition(text(fields, "name"), text(fields, "label"), text(fields, "english"),
                AttributeType.fromId(type).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown attribute type in the codebook: " + type)),
                strings(fields.get("choices")));
    }

    private static String text(Map<?, ?> fields, String key) {
        return optionalText(fields, key)
                .orElseThrow(() -> new IllegalArgumentException("A code in the codebook lacks '" + key + "': " + fields));
    }

    private static Optional<String> optionalText(Map<?, ?> fields, String key) {
        return Optional.ofNullable(fields.get(key)).map(String::valueOf);
    }

    private static List<String> strings(Object list) {
        return asList(list).stream().map(String::valueOf).toList();
    }

    private static List<?> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("Expected a list in the codebook, not: " + value);
    }

    private static Map<?, ?> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("Expected a code in the codebook, not: " + value);
    }
}
