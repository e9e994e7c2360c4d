package com.flagmark.ingest.decode;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The kinds of file the importer reads, told apart by their content. */
public enum Format {
    /** A Jekyll or Hugo post: YAML front matter, then an HTML or Markdown body. */
    FRONT_MATTER("markdown"),
    /** Markdown without front matter. */
    MARKDOWN("markdown"),
    /** A whole web page, with the site around the article. */
    HTML_PAGE("html"),
    /** A piece of HTML without the page around it. */
    HTML_FRAGMENT("html"),
    /** Plain text, such as an e-paper page. */
    PLAIN_TEXT("text");

    private static final Pattern PAGE = Pattern.compile("<(html|body|head)[\\s>]|<!doctype\\s+html",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(p|div|br|span|table|h[1-6]|li)[\\s/>]",
            Pattern.CASE_INSENSITIVE);
    /** Markup of a page's layout rather than of an article's paragraphs. */
    private static final Pattern LAYOUT = Pattern.compile("<(div|table|meta|script|ul)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** Returns the short name stored in the library: markdown, html or text. */
    public String id() {
        return id;
    }

    /** Tells the format of a decoded file; the extension only breaks a tie. */
    public static Format detect(String text, String fileName) {
        if (FrontMatter.opens(text)) {
            return FRONT_MATTER;
        }
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        // Every tag the patterns look for opens with '<': a text without one (most plain text and
        // Markdown) is told apart by one plain search instead of trying both patterns at each character.
        if (head.indexOf('<') < 0) {
            return textFormat(fileName);
        }
        if (PAGE.matcher(head).find()) {
            return HTML_PAGE;
        }
        if (countTags(head) >= 3) {
            return HTML_FRAGMENT;
        }
        return textFormat(fileName);
    }

    private static Format textFormat(String fileName) {
        return MARKDOWN_EXTENSIONS.contains(extension(fileName)) ? MARKDOWN : PLAIN_TEXT;
    }

    /** Tells whether a fragment of HTML is laid out as a page (blocks, tables, scripts), not bare paragraphs. */
    public static boolean hasPageLayout(String fragment) {
        return LAYOUT.matcher(fragment).find();
    }

    /** Returns a file name's extension in lower case, or an empty string if it has none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static int countTags(String text) {
        int count = 0;
        var matcher = TAG.matcher(text);
        while (matcher.find() && count < 3) {
            count++;
        }
        return count;
    }
}
