package com.flagmark.library;

import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.util.List;

/**
 * What a merge or a deletion of codes changed, as it was before: the codes it deleted or moved
 * and the annotations it recoded or deleted. {@link CodebookRepository#revert(Removal)} puts
 * all of it back.
 *
 * @param codes the before-images of the codes deleted (with their ids) and of those moved
 * @param annotations the before-images of the annotations recoded or deleted
 */
public record Removal(List<Code> codes, List<Annotation> annotations) {

    public Removal {
        codes = List.copyOf(codes);
        annotations = List.copyOf(annotations);
    }
}
