package com.flagmark.ingest.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML front matter of a Jekyll or Hugo post and the body after it. Every value is read as
 * text: {@code date: 2021-12-08 10:18:31} stays the string the author wrote, not a timestamp
 * shifted to UTC. Front matter that is not valid YAML is read line by line instead of failing.
 *
 * @param fields the values, each a {@code String} or a {@code List<String>}
 */
public record FrontMatter(Map<String, Object> fields, String body) {

    private static final Pattern BLOCK = Pattern.compile("\\A\\s*---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final int MAX_LENGTH = 64 * 1024;

    /** Finds front matter at the start of a text, after blank lines at most. */
    public static Optional<FrontMatter> find(String text) {
        Matcher matcher = block(text);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String yaml = matcher.group(1);
        Map<String, Object> fields = parseYaml(yaml).orElseGet(() -> parseLines(yaml));
        return Optional.of(new FrontMatter(fields, text.substring(matcher.end())));
    }

    /**
     * Tells whether a text opens with front matter, as {@link #find} would find it, without reading
     * its YAML: telling a post's format needs no more, and the post's reading parses it.
     */
    public static boolean opens(String text) {
        return block(text).lookingAt();
    }

    private static Matcher block(String text) {
        return BLOCK.matcher(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
    }

    /** Returns a field's text, if it has non-blank text; a list gives its first item. */
    public Optional<String> text(String key) {
        Object value = fields.get(key);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return Optional.ofNullable(value).map(Object::toString).map(Whitespace::normalize).filter(s -> !s.isEmpty());
    }

    /** Returns a field's items: a list as is, a text split on commas or spaces. */
    public List<String> list(String key) {
        Object value = fields.get(key);
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(Whitespace.normalize(String.valueOf(item))));
        } else if (value != null) {
            for (String item : value.toString().split("[,，\\s]+")) {
                items.add(item);
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    /**
     * One parser for each reading thread, made once: making one (its constructor, representer and
     * resolver tables) cost about as much as reading a post's front matter with it, and a parser
     * is used by one thread at a time.
     */
    private static final ThreadLocal<Yaml> PARSER = ThreadLocal.withInitial(FrontMatter::parser);

    private static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_LENGTH);
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // Every scalar stays a string, so dates keep the zone (or lack of one) they were written with.
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, stringsOnly);
    }

    private static Optional<Map<String, Object>> parseYaml(String yaml) {
        try {
            Object loaded = PARSER.get().load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, value) -> fields.put(String.valueOf(key), simplify(value)));
            return Optional.of(fields);
        } catch (YAMLException | ClassCastException malformed) {
            return Optional.empty();
        }
    }

    private static Object simplify(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static Map<String, Object> parseLines(String yaml) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String line : yaml.split("\n")) {
            Matcher matcher = KEY_VALUE.matcher(line.strip());
            if (matcher.matches()) {
                fields.putIfAbsent(matcher.group(1), unquote(matcher.group(2).strip()));
            }
        }
        return fields;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
