package com.flagmark.library;

import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.CodebookRules;
import com.flagmark.annotate.CodingRules;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merging and deleting codes together with the annotations that carry them, and putting all
 * of it back. Runs inside the caller's transaction; every change is recorded as a before-image
 * in the {@link Removal} returned.
 */
final class CodeRemovals {

    private CodeRemovals() {
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: annotations with the source carry the target
     * instead (never twice), the source's children move under the target after its own, and the
     * source is deleted.
     */
    static Removal merge(Connection connection, long sourceId, long targetId) throws SQLException {
        Codebook tree = new Codebook(CodeTable.all(connection));
        Code source = CodebookRules.existing(tree, sourceId);
        Code target = CodebookRules.existing(tree, targetId);
        if (tree.isWithin(targetId, sourceId)) {
            throw new FlagmarkException(tree.path(source) + " cannot be merged into "
                    + (sourceId == targetId ? "itself." : tree.path(target) + ", which lies below it."));
        }
        List<Annotation> affected = AnnotationTable.carrying(connection, List.of(sourceId));
        if (!affected.isEmpty() && !target.codable()) {
            throw CodingRules.notCodable(tree, target);
        }
        List<Code> children = tree.children(sourceId);
        for (Code child : children) {
            CodebookRules.nameFree(tree, Optional.of(targetId), child.name(), Set.of(child.id(), sourceId));
        }
        List<Code> before = new ArrayList<>();
        before.add(source);
        int next = tree.children(targetId).stream().mapToInt(Code::position).max().orElse(-1) + 1;
        for (Code child : children) {
            before.add(child);
            CodeTable.place(connection, child.id(), Optional.of(targetId), next++);
        }
        recode(connection, affected, Set.of(sourceId), Optional.of(targetId));
        CodeTable.delete(connection, sourceId);
        CodeTable.shift(connection, source.parentId(), source.position() + 1, -1);
        return new Removal(before, affected);
    }

    /**
     * Deletes a code and every code below it. Annotations carrying any of them carry
     * {@code reassignTo} instead (never twice) or, without one, lose those codes, and are
     * deleted when no code is left.
     */
    static Removal delete(Connection connection, long id, Optional<Long> reassignTo) throws SQLException {
        Codebook tree = new Codebook(CodeTable.all(connection));
        Code code = CodebookRules.existing(tree, id);
        List<Code> subtree = tree.subtree(id);
        Set<Long> removed = new LinkedHashSet<>(subtree.stream().map(Code::id).toList());
        if (reassignTo.isPresent()) {
            Code target = CodebookRules.existing(tree, reassignTo.get());
            if (removed.contains(target.id())) {
                throw new FlagmarkException("Annotations cannot be reassigned to " + tree.path(target)
                        + ": it is deleted with " + tree.path(code) + ".");
            }
            if (!target.codable()) {
                throw CodingRules.notCodable(tree, target);
            }
        }
        List<Annotation> affected = AnnotationTable.carrying(connection, removed);
        recode(connection, affected, removed, reassignTo);
        for (int i = subtree.size() - 1; i >= 0; i--) {
            CodeTable.delete(connection, subtree.get(i).id());
        }
        CodeTable.shift(connection, code.parentId(), code.position() + 1, -1);
        return new Removal(subtree, affected);
    }

    /** Puts back the codes and annotations of a removal exactly as they were before it. */
    static void revert(Connection connection, Removal removal) throws SQLException {
        putBack(connection, removal.codes());
        for (Annotation annotation : removal.annotations()) {
            AnnotationTable.delete(connection, annotation.id());
            AnnotationTable.insert(connection, annotation, true);
        }
    }

    /**
     * Writes codes back exactly as given. A code that is missing is inserted under its old id,
     * parents before children, making room among its siblings at its old position; a code that
     * exists is overwritten, after every missing one is back.
     */
    static void putBack(Connection connection, List<Code> codes) throws SQLException {
        Codebook tree = new Codebook(CodeTable.all(connection));
        List<Code> missing = codes.stream().filter(code -> tree.find(code.id()).isEmpty()).toList();
        List<Code> existing = codes.stream().filter(code -> tree.find(code.id()).isPresent()).toList();
        for (Code code : existing) {
            CodeTable.clearShortcut(connection, code.id());
        }
        for (Code code : parentsFirst(missing)) {
            code.parentId().ifPresent(parent -> {
                if (tree.find(parent).isEmpty() && missing.stream().noneMatch(other -> other.id() == parent)) {
                    throw new FlagmarkException("The code " + code.name() + " cannot be put back: the code it sat"
                            + " under is gone.");
                }
            });
            CodeTable.shift(connection, code.parentId(), code.position(), 1);
            CodeTable.insert(connection, code, true);
        }
        for (Code code : existing) {
            CodeTable.overwrite(connection, code);
        }
    }

    private static void recode(Connection connection, List<Annotation> annotations, Collection<Long> removed,
            Optional<Long> replacement) throws SQLException {
        for (Annotation annotation : annotations) {
            Set<Long> codes = new LinkedHashSet<>();
            for (long codeId : annotation.codeIds()) {
                if (!removed.contains(codeId)) {
                    codes.add(codeId);
                } else {
                    replacement.ifPresent(codes::add);
                }
            }
            if (codes.isEmpty()) {
                AnnotationTable.delete(connection, annotation.id());
            } else {
                AnnotationTable.overwrite(connection,
                        Copies.annotation(annotation, annotation.id(), List.copyOf(codes), annotation.modified()));
            }
        }
    }

    /** Orders codes so that each comes after any of the others it sits under, then by position. */
    private static List<Code> parentsFirst(List<Code> codes) {
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(code -> byId.put(code.id(), code));
        Map<Long, Integer> depth = new HashMap<>();
        for (Code code : codes) {
            int steps = 0;
            for (Optional<Long> parent = code.parentId(); parent.isPresent() && byId.containsKey(parent.get())
                    && steps <= codes.size(); parent = byId.get(parent.get()).parentId()) {
                steps++;
            }
            depth.put(code.id(), steps);
        }
        return codes.stream()
                .sorted(Comparator.<Code>comparingInt(code -> depth.get(code.id())).thenComparingInt(Code::position))
                .toList();
    }
}
