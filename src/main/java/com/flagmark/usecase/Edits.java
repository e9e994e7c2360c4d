package com.flagmark.usecase;

import com.flagmark.library.AnnotationRepository;
import com.flagmark.library.CodebookRepository;
import com.flagmark.library.Library;
import com.flagmark.library.Removal;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Code;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The changes a user makes to annotations and the codebook, each one undoable: apply it with
 * {@link History#perform}. Every application and reversal is one transaction in the library.
 */
public final class Edits {

    private static final int SUBJECT_LENGTH = 16;

    private final AnnotationRepository annotations;
    private final CodebookRepository codebook;
    private final String coder;

    /** Creates edits of a library's annotations and codebook, made by {@code coder}. */
    public Edits(Library library, String coder) {
        this.annotations = library.annotations();
        this.codebook = library.codebook();
        this.coder = coder;
    }

    /** Codes a passage: a new annotation with these codes. */
    public Change annotate(long articleId, Anchor anchor, List<Long> codeIds, String note, Map<String, String> attributes) {
        return new Change() {
            private Annotation created;

            @Override
            public String action() {
                return "annotate";
            }

            @Override
            public String subject() {
                return excerpt(anchor.exact());
            }

            @Override
            public void apply() {
                created = created == null
                        ? annotations.create(articleId, anchor, codeIds, note, attributes, coder)
                        : annotations.restore(created);
            }

            @Override
            public void revert() {
                annotations.delete(created.id());
            }
        };
    }

    /** Replaces an annotation's codes, note, attributes or anchor with those of {@code after}. */
    public Change update(Annotation before, Annotation after, String action) {
        return new Change() {
            @Override
            public String action() {
                return action;
            }

            @Override
            public String subject() {
                return excerpt(before.anchor().exact());
            }

            @Override
            public void apply() {
                annotations.update(after);
            }

            @Override
            public void revert() {
                annotations.update(before);
            }
        };
    }

    /** Deletes an annotation. */
    public Change delete(Annotation annotation) {
        return new Change() {
            @Override
            public String action() {
                return "delete-annotation";
            }

            @Override
            public String subject() {
                return excerpt(annotation.anchor().exact());
            }

            @Override
            public void apply() {
                annotations.delete(annotation.id());
            }

            @Override
            public void revert() {
                annotations.restore(annotation);
            }
        };
    }

    /** Adds a code to the codebook. */
    public Change addCode(Code draft) {
        return new Change() {
            private Code created;

            @Override
            public String action() {
                return "add-code";
            }

            @Override
            public String subject() {
                return draft.name();
            }

            @Override
            public void apply() {
                if (created == null) {
                    created = codebook.add(draft);
                } else {
                    codebook.restore(List.of(created));
                }
            }

            @Override
            public void revert() {
                codebook.remove(created.id());
            }
        };
    }

    /** Renames, recolours, pins or otherwise edits a code (not where it sits). */
    public Change editCode(Code before, Code after) {
        return new Change() {
            @Override
            public String action() {
                return "edit-code";
            }

            @Override
            public String subject() {
                return after.name();
            }

            @Override
            public void apply() {
                codebook.update(after);
            }

            @Override
            public void revert() {
                codebook.update(before);
            }
        };
    }

    /** Moves a code under another (or to the top level) at a place among its new siblings. */
    public Change moveCode(Code code, Optional<Long> parentId, int index) {
        return new Change() {
            private List<Code> before;

            @Override
            public String action() {
                return "move-code";
            }

            @Override
            public String subject() {
                return code.name();
            }

            @Override
            public void apply() {
                before = codebook.move(code.id(), parentId, index);
            }

            @Override
            public void revert() {
                codebook.restore(before);
            }
        };
    }

    /** Merges one code into another: its annotations and the codes below it move to the target. */
    public Change mergeCodes(Code source, Code target) {
        return removal("merge-codes", source.name(), () -> codebook.merge(source.id(), target.id()));
    }

    /** Deletes a code and those below it, reassigning their annotations or deleting them. */
    public Change deleteCode(Code code, Optional<Long> reassignTo) {
        return removal("delete-code", code.name(), () -> codebook.delete(code.id(), reassignTo));
    }

    private Change removal(String action, String subject, Supplier<Removal> remove) {
        return new Change() {
            private Removal removal;

            @Override
            public String action() {
                return action;
            }

            @Override
            public String subject() {
                return subject;
            }

            @Override
            public void apply() {
                removal = remove.get();
            }

            @Override
            public void revert() {
                codebook.revert(removal);
            }
        };
    }

    private static String excerpt(String text) {
        String line = text.replace('\n', ' ');
        return CanonicalText.length(line) <= SUBJECT_LENGTH ? line : CanonicalText.slice(line, 0, SUBJECT_LENGTH) + "…";
    }
}
