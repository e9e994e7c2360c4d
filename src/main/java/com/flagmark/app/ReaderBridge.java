package com.flagmark.app;

import com.flagmark.annotate.Anchors;
import com.flagmark.model.CanonicalText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Java side of the reader page's script (render's {@code reader.js}), handed to it when the
 * page has loaded. It answers only calls that carry the token of the page being shown, which
 * the script alone holds, and takes nothing but offsets and short strings, checked against the
 * article shown: a call with a wrong token, offsets outside the text or ids that are not on the
 * page is ignored. Public only because the web engine calls public methods of public classes.
 */
public final class ReaderBridge {

    /** What the bridge passes on once a call has been checked. */
    interface Receiver {

        /** The selection is now this span, trimmed of white space, or none. */
        void selected(Optional<int[]> span);

        /** A highlight was clicked; the ids under the click, innermost first. */
        void activated(List<Long> ids);

        /** A suggestion's dashed run was clicked; the ids of the suggestions under the click, innermost first. */
        void suggestionActivated(List<Long> ids);

        /** The link to the original article was followed. */
        void openOriginal();
    }

    private static final Pattern IDS = Pattern.compile("[0-9]{1,18}( [0-9]{1,18}){0,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Receiver receiver;
    private Page page;

    /** The page the bridge answers for. */
    private record Page(byte[] token, String text, int length, Set<Long> ids, Set<Long> suggestionIds) {
    }

    ReaderBridge(Receiver receiver) {
        this.receiver = receiver;
    }

    /**
     * Starts answering for a new page showing {@code text} with highlights {@code ids} and
     * suggestions {@code suggestionIds}; calls for an earlier page are ignored from now on.
     * Returns the page's token.
     */
    String attach(String text, Set<Long> ids, Set<Long> suggestionIds) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        page = new Page(token.getBytes(StandardCharsets.US_ASCII), text, CanonicalText.length(text), Set.copyOf(ids),
                Set.copyOf(suggestionIds));
        return token;
    }

    /**
     * Goes on answering for the page shown, now with highlights {@code ids} and suggestions
     * {@code suggestionIds}, as after new ones were swapped into it.
     */
    void update(Set<Long> ids, Set<Long> suggestionIds) {
        if (page != null) {
            page = new Page(page.token(), page.text(), page.length(), Set.copyOf(ids), Set.copyOf(suggestionIds));
        }
    }

    /** Stops answering: no page is shown. */
    void detach() {
        page = null;
    }

    /**
     * The user selected {@code [start, end)} in code points of the canonical text; a selection
     * of only white space counts as none.
     */
    public void select(String token, int start, int end) {
        if (accepts(token) && inText(start, end)) {
            receiver.selected(span(start, end));
        }
    }

    /** The selection went away. */
    public void clearSelection(String token) {
        if (accepts(token)) {
            receiver.selected(Optional.empty());
        }
    }

    /** The user clicked a highlighted run carrying {@code ids}, such as {@code "3 7"}, innermost first. */
    public void activate(String token, String ids) {
        if (accepts(token)) {
            onPage(ids, page.ids()).ifPresent(receiver::activated);
        }
    }

    /** The user clicked a suggestion's run carrying {@code ids}, such as {@code "12 15"}, innermost first. */
    public void activateSuggestion(String token, String ids) {
        if (accepts(token)) {
            onPage(ids, page.suggestionIds()).ifPresent(receiver::suggestionActivated);
        }
    }

    /** The ids, if they are well formed and each one is on the page. */
    private static Optional<List<Long>> onPage(String ids, Set<Long> shown) {
        if (ids == null || !IDS.matcher(ids).matches()) {
            return Optional.empty();
        }
        List<Long> clicked = new ArrayList<>();
        for (String id : ids.split(" ")) {
            long value = Long.parseLong(id);
            if (!shown.contains(value)) {
                return Optional.empty();
            }
            clicked.add(value);
        }
        return Optional.of(List.copyOf(clicked));
    }

    /** The user followed the link to the original article. */
    public void openOriginal(String token) {
        if (accepts(token)) {
            receiver.openOriginal();
        }
    }

    /**
     * Returns {@code [start, end)} trimmed of white space if it is a span of the shown text
     * that holds more than white space.
     */
    Optional<int[]> span(int start, int end) {
        if (!inText(start, end)) {
            return Optional.empty();
        }
        return Anchors.trimmed(page.text(), start, end).map(span -> new int[] {span.start(), span.end()});
    }

    private boolean inText(int start, int end) {
        return page != null && start >= 0 && end <= page.length() && start < end;
    }

    private boolean accepts(String token) {
        return page != null && token != null
                && MessageDigest.isEqual(page.token(), token.getBytes(StandardCharsets.US_ASCII));
    }
}
