package com.flagmark.library;

import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a change of the codebook passes, inside the write's transaction, with refusals
 * written for the user.
 */
final class CodeChecks {

    private CodeChecks() {
    }

    /** Returns the code with this id, or refuses if the codebook has none. */
    static Code existing(CodeTree tree, long id) {
        return tree.find(id).orElseThrow(() -> AnnotationChecks.unknownCode(id));
    }

    /** Refuses a parent that is not in the codebook. */
    static void parentExists(CodeTree tree, Optional<Long> parentId) {
        parentId.ifPresent(id -> existing(tree, id));
    }

    /**
     * Refuses a name that a child of the parent (a root, for an empty parent) already has,
     * leaving out the codes in {@code except}: the code itself, or one about to go.
     */
    static void nameFree(CodeTree tree, Optional<Long> parentId, String name, Set<Long> except) {
        if (tree.sibling(parentId, name, except).isPresent()) {
            String where = parentId.flatMap(tree::find).map(parent -> "under " + tree.path(parent))
                    .orElse("among the top-level codes");
            throw new FlagmarkException("There is already a code named " + name + " " + where
                    + "; choose another name.");
        }
    }

    /** Refuses a shortcut key that a code other than {@code codeId} already has. */
    static void shortcutFree(CodeTree tree, Optional<String> shortcut, long codeId) {
        if (shortcut.isEmpty()) {
            return;
        }
        tree.ordered().stream()
                .filter(code -> code.id() != codeId && code.shortcut().equals(shortcut))
                .findFirst()
                .ifPresent(holder -> {
                    throw new FlagmarkException("The key " + shortcut.get() + " already applies "
                            + tree.path(holder) + "; free it there first.");
                });
    }

    /** Refuses a code with two attributes of the same name. */
    static void attributesDistinct(Code code) {
        Set<String> names = new HashSet<>();
        for (AttributeDefinition attribute : code.attributes()) {
            if (!names.add(attribute.name())) {
                throw new FlagmarkException("The code " + code.name() + " has two attributes named "
                        + attribute.name() + ".");
            }
        }
    }
}
