package com.flagmark.nlp.cue;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Code;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cue words of a codebook and the codes each one suggests. Cue words are the user's to edit,
 * so a lexicon is made from the codebook as it is now and made again when it changes; it is an
 * immutable value, safe to share between threads.
 *
 * <p>A code whose attributes, its own or its ancestors', include {@value #FIGURE_ATTRIBUTE} is
 * an outcome: its cues tell what a figure measures (成效/复工复产 has 返岗率). Every other codable
 * code with cues is a measure (措施/约谈问责 has 约谈). Categories, which cannot be applied, give
 * no cues.
 */
public final class CueLexicon {

    /** The attribute that makes a code an outcome read from figures. */
    public static final String FIGURE_ATTRIBUTE = "value";

    /** What a cue word says about a passage. */
    public enum Kind {
        /** A measure was taken: the word itself is the evidence. */
        MEASURE,
        /** An outcome: the word names what a figure beside it measures. */
        OUTCOME
    }

    /**
     * A code a cue word suggests.
     *
     * @param code the code's path, such as 措施/约谈问责
     */
    public record CuedCode(String code, Kind kind) {
    }

    private final Map<String, List<CuedCode>> codesByWord;

    private CueLexicon(Map<String, List<CuedCode>> codesByWord) {
        this.codesByWord = codesByWord;
    }

    /** Returns the lexicon of a codebook's codes (all of them, so that paths can be named). */
    public static CueLexicon of(Collection<Code> codes) {
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(code -> byId.put(code.id(), code));
        Map<String, List<CuedCode>> byWord = new LinkedHashMap<>();
        for (Code code : codes) {
            if (!code.codable()) {
                continue;
            }
            CuedCode cued = new CuedCode(path(code, byId), isOutcome(code, byId) ? Kind.OUTCOME : Kind.MEASURE);
            for (String cue : code.cues()) {
                String word = cue.strip();
                if (word.isEmpty()) {
                    continue;
                }
                List<CuedCode> suggested = byWord.computeIfAbsent(word, w -> new ArrayList<>());
                if (!suggested.contains(cued)) {
                    suggested.add(cued);
                }
            }
        }
        byWord.replaceAll((word, cued) -> List.copyOf(cued));
        return new CueLexicon(Collections.unmodifiableMap(byWord));
    }

    /** Returns every cue word, for the dictionary of the segmenter that cuts texts for the finders. */
    public Set<String> words() {
        return codesByWord.keySet();
    }

    /** Returns the codes {@code word} suggests, in codebook order; empty if it is no cue. */
    public List<CuedCode> codesOf(String word) {
        return codesByWord.getOrDefault(word, List.of());
    }

    /** Returns the codes of kind {@code kind} that {@code word} suggests. */
    public List<CuedCode> codesOf(String word, Kind kind) {
        return codesOf(word).stream().filter(cued -> cued.kind() == kind).toList();
    }

    private static String path(Code code, Map<Long, Code> byId) {
        StringBuilder path = new StringBuilder(code.name());
        Optional<Long> parent = code.parentId();
        // A depth bound, so that a broken tree given by a caller cannot loop.
        for (int depth = 0; parent.isPresent() && byId.containsKey(parent.get()) && depth < byId.size(); depth++) {
            Code up = byId.get(parent.get());
            path.insert(0, up.name() + "/");
            parent = up.parentId();
        }
        return path.toString();
    }

    private static boolean isOutcome(Code code, Map<Long, Code> byId) {
        Code at = code;
        for (int depth = 0; at != null && depth <= byId.size(); depth++) {
            if (at.attributes().stream().map(AttributeDefinition::name).anyMatch(FIGURE_ATTRIBUTE::equals)) {
                return true;
            }
            at = at.parentId().map(byId::get).orElse(null);
        }
        return false;
    }
}
