package com.flagmark.library;

import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.CodebookRules;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The library's codebook: a tree of codes, each with its attributes and cue words. Every change
 * is one transaction; refusals (an unknown code, a name its siblings already have, a key
 * another code uses, a move under itself) are {@link FlagmarkException}s written for the user.
 * Ids are never handed out twice; an undo puts a code back under its old id. Positions number
 * each code's siblings from 0, without gaps.
 */
public final class CodebookRepository {

    private final Database database;

    CodebookRepository(Database database) {
        this.database = database;
    }

    /** Returns every code, parents before their children, siblings in order. */
    public List<Code> all() {
        return database.read(CodeTable::all);
    }

    /**
     * Adds a code under the draft's parent (a root when it has none) at the draft's position
     * among its siblings, clamped to their number; the siblings from there on move one down.
     * The draft's id is ignored. Returns the code as stored, with its new id.
     *
     * @throws FlagmarkException if the parent is unknown, or the name or shortcut is taken
     */
    public Code add(Code draft) {
        Objects.requireNonNull(draft, "draft");
        return database.write(connection -> {
            Codebook tree = tree(connection);
            CodebookRules.parentExists(tree, draft.parentId());
            CodebookRules.nameFree(tree, draft.parentId(), draft.name(), Set.of());
            CodebookRules.shortcutFree(tree, draft.shortcut(), 0);
            CodebookRules.attributesDistinct(draft);
            int position = Math.max(0, Math.min(draft.position(), tree.childrenOf(draft.parentId()).size()));
            CodeTable.shift(connection, draft.parentId(), position, 1);
            return stored(connection, CodeTable.insert(connection,
                    Copies.code(draft, 0, draft.parentId(), position), false));
        });
    }

    /**
     * Stores a code's names, colour, shortcut, description, whether it is codable, its
     * attributes and its cues; its parent and position stay as stored (see {@link #move}).
     * Returns the code as stored.
     *
     * @throws FlagmarkException if the code is unknown, or the name or shortcut is taken
     */
    public Code update(Code code) {
        Objects.requireNonNull(code, "code");
        return database.write(connection -> {
            Codebook tree = tree(connection);
            Code stored = CodebookRules.existing(tree, code.id());
            CodebookRules.nameFree(tree, stored.parentId(), code.name(), Set.of(code.id()));
            CodebookRules.shortcutFree(tree, code.shortcut(), code.id());
            CodebookRules.attributesDistinct(code);
            CodeTable.overwrite(connection, Copies.code(code, code.id(), stored.parentId(), stored.position()));
            return stored(connection, code.id());
        });
    }

    /**
     * Moves a code, with everything below it, under a new parent (empty: among the top-level
     * codes) at {@code index} among its new siblings counted without it, clamped to their
     * number. Returns the before-images of every code whose parent or position changed, for an
     * undo to {@link #restore(List)}.
     *
     * @throws FlagmarkException if a code is unknown, the new parent is the code itself or lies
     *         below it, or a new sibling has the same name
     */
    public List<Code> move(long id, Optional<Long> parentId, int index) {
        Objects.requireNonNull(parentId, "parentId");
        return database.write(connection -> {
            Codebook tree = tree(connection);
            Code code = CodebookRules.existing(tree, id);
            CodebookRules.parentExists(tree, parentId);
            if (parentId.isPresent() && tree.isWithin(parentId.get(), id)) {
                throw new FlagmarkException(tree.path(code) + " cannot be moved under itself or a code below it.");
            }
            CodebookRules.nameFree(tree, parentId, code.name(), Set.of(id));
            List<Code> left = new ArrayList<>(tree.childrenOf(code.parentId()));
            left.removeIf(sibling -> sibling.id() == id);
            List<Code> joined = parentId.equals(code.parentId()) ? left : new ArrayList<>(tree.childrenOf(parentId));
            joined.add(Math.max(0, Math.min(index, joined.size())), code);
            List<Code> before = new ArrayList<>();
            if (!parentId.equals(code.parentId())) {
                renumber(connection, left, code.parentId(), before);
            }
            renumber(connection, joined, parentId, before);
            return List.copyOf(before);
        });
    }

    /**
     * Writes codes back exactly as given: ids, parents, positions and everything else. A code
     * no longer stored is inserted under its old id (parents first), its later siblings moving
     * one down to make room; a stored one is overwritten. Undo and redo use it.
     *
     * @throws FlagmarkException if a missing code's parent is gone, or a name or key is taken
     */
    public void restore(List<Code> codes) {
        Objects.requireNonNull(codes, "codes");
        database.write(connection -> {
            CodeRemovals.putBack(connection, codes);
            return null;
        }, CodebookRepository::notRestorable);
    }

    /**
     * Merges one code into another in one transaction: annotations with the source carry the
     * target instead (never twice), the source's children move under the target, and the
     * source is deleted. Returns what it changed, for {@link #revert(Removal)}.
     *
     * @throws FlagmarkException if a code is unknown, the target is the source or lies below
     *         it, a child's name is taken under the target, or the target is a category that
     *         annotations could not carry
     */
    public Removal merge(long sourceId, long targetId) {
        return database.write(connection -> CodeRemovals.merge(connection, sourceId, targetId));
    }

    /**
     * Deletes a code and every code below it in one transaction. Annotations carrying any of
     * them carry {@code reassignTo} instead (never twice); without one they lose those codes,
     * and are deleted if none is left. Returns what it changed, for {@link #revert(Removal)}.
     *
     * @throws FlagmarkException if a code is unknown, or {@code reassignTo} is deleted too or is
     *         a category
     */
    public Removal delete(long id, Optional<Long> reassignTo) {
        Objects.requireNonNull(reassignTo, "reassignTo");
        return database.write(connection -> CodeRemovals.delete(connection, id, reassignTo));
    }

    /** Puts back, in one transaction, the codes and annotations a merge or deletion changed. */
    public void revert(Removal removal) {
        Objects.requireNonNull(removal, "removal");
        database.write(connection -> {
            CodeRemovals.revert(connection, removal);
            return null;
        }, CodebookRepository::notRestorable);
    }

    /** Returns how many annotations in the library carry each code; 0 for an unused code. */
    public Map<Long, Integer> usage() {
        return database.read(connection -> usage(connection, Optional.empty()));
    }

    /** Returns how many annotations of one article carry each code; 0 for a code it does not use. */
    public Map<Long, Integer> usage(long articleId) {
        return database.read(connection -> usage(connection, Optional.of(articleId)));
    }

    /**
     * Deletes a code no annotation carries and nothing sits under, the undo of {@link #add};
     * its later siblings move one up. Returns the code as it was, or empty if there was none.
     *
     * @throws FlagmarkException if annotations carry it or codes sit under it
     */
    public Optional<Code> remove(long id) {
        return database.write(connection -> {
            Codebook tree = tree(connection);
            Optional<Code> code = tree.find(id);
            if (code.isEmpty()) {
                return code;
            }
            int used = AnnotationTable.usage(connection, Optional.empty()).getOrDefault(id, 0);
            if (used > 0) {
                throw new FlagmarkException(tree.path(code.get()) + " is used by " + used
                        + (used == 1 ? " annotation" : " annotations") + "; delete or merge it instead.");
            }
            if (!tree.children(id).isEmpty()) {
                throw new FlagmarkException(tree.path(code.get()) + " has codes under it; delete it instead.");
            }
            CodeTable.delete(connection, id);
            CodeTable.shift(connection, code.get().parentId(), code.get().position() + 1, -1);
            return code;
        });
    }

    private static void renumber(Connection connection, List<Code> siblings, Optional<Long> parentId,
            List<Code> before) throws SQLException {
        for (int position = 0; position < siblings.size(); position++) {
            Code code = siblings.get(position);
            if (!code.parentId().equals(parentId) || code.position() != position) {
                before.add(code);
                CodeTable.place(connection, code.id(), parentId, position);
            }
        }
    }

    private static Map<Long, Integer> usage(Connection connection, Optional<Long> articleId) throws SQLException {
        Map<Long, Integer> counts = AnnotationTable.usage(connection, articleId);
        Map<Long, Integer> usage = new LinkedHashMap<>();
        CodeTable.all(connection).forEach(code -> usage.put(code.id(), counts.getOrDefault(code.id(), 0)));
        return usage;
    }

    private static Codebook tree(Connection connection) throws SQLException {
        return new Codebook(CodeTable.all(connection));
    }

    private static Code stored(Connection connection, long id) throws SQLException {
        return tree(connection).find(id).orElseThrow();
    }

    private static FlagmarkException notRestorable(SQLException failure) {
        return new FlagmarkException("The codebook could not be put back as it was: a name, a key or an article"
                + " it needs has changed since.", failure);
    }
}
