package com.flagmark.library;

import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Copies of codes and annotations with the few components the library sets itself. */
final class Copies {

    private Copies() {
    }

    /** Returns the code with this id, under this parent (empty: a root), at this position. */
    static Code code(Code code, long id, Optional<Long> parentId, int position) {
        return new Code(id, parentId, code.name(), code.englishName(), code.colour(), code.shortcut(),
                code.description(), code.codable(), code.attributes(), code.cues(), position);
    }

    /** Returns the annotation with this id, these codes and this modification time. */
    static Annotation annotation(Annotation annotation, long id, List<Long> codeIds, Instant modified) {
        return new Annotation(id, annotation.articleId(), annotation.anchor(), codeIds, annotation.note(),
                annotation.attributes(), annotation.coder(), annotation.created(), modified, annotation.orphaned());
    }
}
