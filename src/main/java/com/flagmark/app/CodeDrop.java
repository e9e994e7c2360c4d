package com.flagmark.app;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.util.List;
import java.util.Optional;

/**
 * Where a code dragged in the codebook tree lands: dropped on the upper quarter of a row it goes
 * before that code, on the lower quarter after it, in between it becomes that code's last child.
 * A code never lands on itself or below itself.
 */
final class CodeDrop {

    /** The new parent (empty for the top level) and the place among the new siblings, not counting the code itself. */
    record Target(Optional<Long> parentId, int index) {
    }

    private CodeDrop() {
    }

    /**
     * Returns where {@code dragged} lands when dropped on {@code onto} at {@code fraction} of the
     * row's height (0 at its top, 1 at its bottom), or empty if it cannot land there.
     */
    static Optional<Target> target(Codebook codebook, Code dragged, Code onto, double fraction) {
        if (codebook.subtree(dragged.id()).stream().anyMatch(code -> code.id() == onto.id())) {
            return Optional.empty();
        }
        if (fraction > 0.25 && fraction < 0.75) {
            return Optional.of(new Target(Optional.of(onto.id()),
                    siblingsWithout(codebook, Optional.of(onto.id()), dragged).size()));
        }
        List<Code> siblings = siblingsWithout(codebook, onto.parentId(), dragged);
        int index = siblings.indexOf(onto) + (fraction >= 0.75 ? 1 : 0);
        return Optional.of(new Target(onto.parentId(), index));
    }

    private static List<Code> siblingsWithout(Codebook codebook, Optional<Long> parentId, Code dragged) {
        List<Code> siblings = parentId.map(codebook::children).orElseGet(codebook::roots);
        return siblings.stream().filter(code -> code.id() != dragged.id()).toList();
    }
}
