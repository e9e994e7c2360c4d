package com.flagmark.export;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Author;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How Flagmark writes its data in REFI-QDA (QDA-XML 1.0) and reads it back: the namespaces,
 * the archive's layout, the GUIDs, and what goes where when the format has no place for it.
 * <ul>
 * <li>A project ({@code .qdpx}) is a zip holding {@code project.qde} and each article's
 * canonical text as {@code sources/<GUID>.txt} (UTF-8), named by the source's
 * {@code plainTextPath="internal://<GUID>.txt"}.
 * <li>GUIDs are name-based UUIDs of the library's identity and the thing's id
 * ({@link QdaGuids}), so the same library exports the same GUIDs every time and two libraries
 * never share one.
 * <li>An article's metadata are text variables of its source ({@link #VARIABLES}).
 * <li>A code's English name, shortcut, attributes and cues follow its description, one
 * {@code Key: value} line each, after an empty line ({@link #codeDescription}).
 * <li>An annotation's attribute values are its selection's description, one
 * {@code attr:name = value} line each, after its note ({@link #selectionDescription}); the
 * note is also a {@code Note} of its own, with a selection of the passage, that both the
 * source and the selection refer to by {@code NoteRef}.
 * </ul>
 */
public final class RefiQda {

    /** The namespace of a project, {@code project.qde}. */
    public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
    /** The namespace of a codebook, {@code .qdc}. */
    public static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
    /** The project file inside a {@code .qdpx}. */
    public static final String PROJECT_ENTRY = "project.qde";
    /** The folder of the plain texts inside a {@code .qdpx}. */
    public static final String SOURCES_FOLDER = "sources/";
    /** How {@code plainTextPath} names a file in {@link #SOURCES_FOLDER}. */
    public static final String INTERNAL = "internal://";

    /** The text variable holding an article's headline. */
    public static final String TITLE = "Title";
    /** The text variable holding an article's kicker (引题). */
    public static final String KICKER = "Kicker";
    /** The text variable holding an article's date, ISO 8601 as precise as the source. */
    public static final String DATE = "Date";
    /** The text variable holding an article's source, such as 烟台日报. */
    public static final String SOURCE = "Source";
    /** The text variable holding an article's authors, see {@link #authors(List)}. */
    public static final String AUTHORS = "Authors";
    /** The text variable holding an article's original URL. */
    public static final String URL = "URL";
    /** The text variable holding where the article sat on its page, such as {@code 2/11}. */
    public static final String STORY = "Story";
    /** The text variable holding the kind of each line of the text, such as {@code heading,paragraph}. */
    public static final String BLOCKS = "Blocks";
    /** The source variables, in the order they are written. */
    public static final List<String> VARIABLES = List.of(TITLE, KICKER, DATE, SOURCE, AUTHORS, URL, STORY, BLOCKS);

    private static final String ENGLISH = "English: ";
    private static final String SHORTCUT = "Shortcut: ";
    private static final String ATTRIBUTE = "Attribute: ";
    private static final String CUES = "Cues: ";
    private static final String LIST = ", ";
    private static final String FIELDS = " | ";
    // An empty value's trailing space is gone once the line is stripped, so the space is optional.
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("attr:([A-Za-z][A-Za-z0-9_]*) =(?: (.*))?");
    private static final Pattern AUTHOR = Pattern.compile("(.+?)(?: \\((.+)\\))?");

    private RefiQda() {
    }

    /**
     * Returns the people credited as one text, each with the byline's word for their part:
     * {@code 张鹏 (记者); 衣文萍 (整理); 王磊}.
     */
    public static String authors(List<Author> authors) {
        return authors.stream().map(author -> author.name() + author.role().map(role -> " (" + role + ")").orElse(""))
                .collect(Collectors.joining("; "));
    }

    /** Reads the authors {@link #authors(List)} wrote. */
    public static List<Author> parseAuthors(String text) {
        List<Author> authors = new ArrayList<>();
        for (String part : text.split(";")) {
            Matcher author = AUTHOR.matcher(part.strip());
            if (!part.isBlank() && author.matches()) {
                authors.add(Author.of(author.group(1).strip(), author.group(2)));
            }
        }
        return authors;
    }

    /**
     * Returns a code's description followed by what QDA-XML has no place for: its English
     * name, shortcut, attributes and cues, one line each after an empty line.
     */
    public static String codeDescription(CodeDetails details) {
        List<String> lines = new ArrayList<>();
        if (!details.englishName().isBlank()) {
            lines.add(ENGLISH + oneLine(details.englishName()));
        }
        details.shortcut().ifPresent(key -> lines.add(SHORTCUT + key));
        for (AttributeDefinition attribute : details.attributes()) {
            List<String> fields = new ArrayList<>(List.of(attribute.name(), oneLine(attribute.label()),
                    oneLine(attribute.englishLabel()), attribute.type().id()));
            if (!attribute.choices().isEmpty()) {
                fields.add(attribute.choices().stream().map(RefiQda::oneLine).collect(Collectors.joining(LIST)));
            }
            lines.add(ATTRIBUTE + String.join(FIELDS, fields));
        }
        if (!details.cues().isEmpty()) {
            lines.add(CUES + details.cues().stream().map(RefiQda::oneLine).collect(Collectors.joining(LIST)));
        }
        if (lines.isEmpty()) {
            return details.description();
        }
        String trailer = String.join("\n", lines);
        return details.description().isEmpty() ? trailer : details.description() + "\n\n" + trailer;
    }

    /**
     * Reads what {@link #codeDescription} wrote. A description written by another tool is all
     * description: only trailing lines of the known keys are taken apart.
     */
    public static CodeDetails parseCodeDescription(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int first = lines.size();
        while (first > 0 && isDetail(lines.get(first - 1))) {
            first--;
        }
        String english = "";
        Optional<String> shortcut = Optional.empty();
        List<AttributeDefinition> attributes = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        for (String line : lines.subList(first, lines.size())) {
            if (line.startsWith(ENGLISH)) {
                english = line.substring(ENGLISH.length()).strip();
            } else if (line.startsWith(SHORTCUT)) {
                shortcut = Optional.of(line.substring(SHORTCUT.length()).strip());
            } else if (line.startsWith(ATTRIBUTE)) {
                attribute(line.substring(ATTRIBUTE.length())).ifPresent(attributes::add);
            } else {
                Arrays.stream(line.substring(CUES.length()).split(LIST)).map(String::strip)
                        .filter(cue -> !cue.isEmpty()).forEach(cues::add);
            }
        }
        List<String> rest = lines.subList(0, first);
        String description = String.join("\n", rest);
        if (first < lines.size() && description.endsWith("\n")) {
            description = description.substring(0, description.length() - 1);
        }
        return new CodeDetails(description, english, shortcut, attributes, cues);
    }

    /** Returns an annotation's attribute values as a selection's description, one per line. */
    public static String attributesDescription(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(entry -> "attr:" + entry.getKey() + " = " + oneLine(entry.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Returns a selection's description: the annotation's note, which QualCoder shows as the
     * coding's memo and ATLAS.ti as the quotation's comment, then its attribute values after an
     * empty line.
     */
    public static String selectionDescription(String note, Map<String, String> attributes) {
        String values = attributesDescription(attributes);
        if (values.isEmpty() || note.isEmpty()) {
            return note + values;
        }
        return note + "\n\n" + values;
    }

    /** Reads the memo of a selection's description: all but the attribute lines at its end. */
    public static String memo(String description) {
        List<String> lines = Arrays.asList(description.split("\n", -1));
        int end = lines.size();
        while (end > 0 && ATTRIBUTE_VALUE.matcher(lines.get(end - 1).strip()).matches()) {
            end--;
        }
        return String.join("\n", lines.subList(0, end)).strip();
    }

    /** Reads the attribute values {@link #attributesDescription} wrote; other lines are not attributes. */
    public static Map<String, String> parseAttributes(String description) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String line : description.split("\n")) {
            Matcher value = ATTRIBUTE_VALUE.matcher(line.strip());
            if (value.matches()) {
                attributes.put(value.group(1), value.group(2) == null ? "" : value.group(2));
            }
        }
        return attributes;
    }

    private static boolean isDetail(String line) {
        return line.startsWith(ENGLISH) || line.startsWith(SHORTCUT) || line.startsWith(CUES)
                || line.startsWith(ATTRIBUTE) && attribute(line.substring(ATTRIBUTE.length())).isPresent();
    }

    private static Optional<AttributeDefinition> attribute(String text) {
        String[] fields = text.split(" \\| ", -1);
        if (fields.length < 4 || fields.length > 5) {
            return Optional.empty();
        }
        Optional<AttributeType> type = AttributeType.fromId(fields[3].strip());
        List<String> choices = fields.length == 5
                ? Arrays.stream(fields[4].split(LIST)).map(String::strip).filter(choice -> !choice.isEmpty()).toList()
                : List.of();
        try {
            return type.map(kind -> new AttributeDefinition(fields[0].strip(), fields[1].strip(), fields[2].strip(),
                    kind, choices));
        } catch (IllegalArgumentException notAnAttribute) {
            return Optional.empty();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * What a code carries besides its name, colour and place: the description for people and
     * Flagmark's own details.
     */
    public record CodeDetails(String description, String englishName, Optional<String> shortcut,
            List<AttributeDefinition> attributes, List<String> cues) {

        public CodeDetails {
            attributes = List.copyOf(attributes);
            cues = List.copyOf(cues);
        }
    }
}
