package com.flagmark.annotate;

import com.flagmark.model.Reason;
import com.flagmark.model.Anchor;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The rules a coded passage follows, whatever stores it (the reader, the command line, an
 * import): its quote stands at its offsets; it carries at least one code, each known and not a
 * category that only groups codes; its attribute values fit its codes' attributes. Refusals are
 * {@link FlagmarkException}s written for the user.
 */
public final class CodingRules {

    private CodingRules() {
    }

    /**
     * Refuses an anchor whose quote is not the text between its offsets, counted in code
     * points, so that a passage is never stored at the wrong place.
     */
    public static void anchorFits(String text, Anchor anchor) {
        if (!Anchors.fits(text, anchor)) {
            throw new FlagmarkException("The passage " + anchor.start() + "–" + anchor.end()
                    + " does not match the article's text (offsets count code points, 0–"
                    + CanonicalText.length(text) + ").");
        }
    }

    /**
     * Returns the codes without repeats, in their first order, having refused an empty list, an
     * unknown code, and a category unless it is among {@code alreadyCarried} (a code may become a
     * category after passages were coded with it).
     */
    public static List<Long> codes(Codebook codebook, List<Long> codeIds, Collection<Long> alreadyCarried) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(codeIds));
        if (distinct.isEmpty()) {
            throw new FlagmarkException("An annotation needs at least one code.");
        }
        for (long id : distinct) {
            Code code = codebook.find(id).orElseThrow(() -> unknownCode(id));
            if (!code.codable() && !alreadyCarried.contains(id)) {
                throw notCodable(codebook, code);
            }
        }
        return distinct;
    }

    /** Refuses codes that are not all in the codebook. */
    public static void codesExist(Codebook codebook, List<Long> codeIds) {
        codeIds.forEach(id -> codebook.find(id).orElseThrow(() -> unknownCode(id)));
    }

    /**
     * Refuses a value that does not fit the type of its attribute (a number, a choice, a date),
     * saying what is wrong with each. Values of attributes the codes do not define are kept.
     */
    public static void valuesFit(Codebook codebook, List<Long> codeIds, Map<String, String> values) {
        refuse(AttributeValues.mismatches(codebook, codeIds, values));
    }

    /**
     * Refuses, as well as what {@link #valuesFit} refuses, a name that is not an attribute of
     * the codes: a user typing values names only the attributes the codes offer.
     */
    public static void attributesFit(Codebook codebook, List<Long> codeIds, Map<String, String> values) {
        refuse(AttributeValues.problems(codebook, codeIds, values));
    }

    /** The refusal of a code the codebook does not have. */
    public static FlagmarkException unknownCode(long id) {
        return new FlagmarkException("There is no code " + id + " in the codebook.");
    }

    /** The refusal of a category as a passage's code. */
    public static FlagmarkException notCodable(Codebook codebook, Code code) {
        return new FlagmarkException(codebook.path(code) + " is a category that only groups codes; choose a code"
                + " under it.", null, "notCodable", codebook.path(code));
    }

    /** Refuses values with every problem in English, and the first under its key for a window. */
    private static void refuse(List<Reason> problems) {
        if (!problems.isEmpty()) {
            Reason first = problems.get(0);
            throw new FlagmarkException(String.join(" ", problems.stream().map(Reason::text).toList()), null,
                    first.key(), first.arguments().toArray());
        }
    }
}
