package com.flagmark.annotate;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a change of the codebook follows, whatever makes it: codes named in a change
 * exist, siblings have distinct names, a shortcut key applies one code, a code's attributes
 * have distinct names. Refusals are {@link FlagmarkException}s written for the user.
 */
public final class CodebookRules {

    private CodebookRules() {
    }

    /** Returns the code with this id, or refuses if the codebook has none. */
    public static Code existing(Codebook codebook, long id) {
        return codebook.find(id).orElseThrow(() -> CodingRules.unknownCode(id));
    }

    /** Refuses a parent that is not in the codebook. */
    public static void parentExists(Codebook codebook, Optional<Long> parentId) {
        parentId.ifPresent(id -> existing(codebook, id));
    }

    /**
     * Refuses a name that a child of the parent (a root, for an empty parent) already has,
     * leaving out the codes in {@code except}: the code itself, or one about to go.
     */
    public static void nameFree(Codebook codebook, Optional<Long> parentId, String name, Set<Long> except) {
        if (codebook.childNamed(parentId, name, except).isPresent()) {
            String where = parentId.flatMap(codebook::find).map(parent -> "under " + codebook.path(parent))
                    .orElse("among the top-level codes");
            throw new FlagmarkException("There is already a code named " + name + " " + where
                    + "; choose another name.");
        }
    }

    /** Refuses a shortcut key that a code other than {@code codeId} already has. */
    public static void shortcutFree(Codebook codebook, Optional<String> shortcut, long codeId) {
        if (shortcut.isEmpty()) {
            return;
        }
        codebook.all().stream()
                .filter(code -> code.id() != codeId && code.shortcut().equals(shortcut))
                .findFirst()
                .ifPresent(holder -> {
                    throw new FlagmarkException("The key " + shortcut.get() + " already applies "
                            + codebook.path(holder) + "; free it there first.");
                });
    }

    /** Refuses a code with two attributes of the same name. */
    public static void attributesDistinct(Code code) {
        Set<String> names = new HashSet<>();
        for (AttributeDefinition attribute : code.attributes()) {
            if (!names.add(attribute.name())) {
                throw new FlagmarkException("The code " + code.name() + " has two attributes named "
                        + attribute.name() + ".");
            }
        }
    }
}
