package com.flagmark.library;

import com.flagmark.model.Code;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored codes as a tree, for the checks and rearrangements of the codebook's writes:
 * siblings in order, subtrees, and whether one code lies below another.
 */
final class CodeTree {

    private static final Comparator<Code> SIBLING_ORDER =
            Comparator.comparingInt(Code::position).thenComparingLong(Code::id);

    private final Map<Long, Code> byId = new LinkedHashMap<>();
    private final Map<Optional<Long>, List<Code>> childrenOf = new HashMap<>();

    CodeTree(List<Code> codes) {
        codes.forEach(code -> byId.put(code.id(), code));
        codes.stream().sorted(SIBLING_ORDER)
                .forEach(code -> childrenOf.computeIfAbsent(code.parentId(), parent -> new ArrayList<>()).add(code));
    }

    Optional<Code> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Returns the children of a code, or the roots for an empty parent, in order. */
    List<Code> children(Optional<Long> parentId) {
        return List.copyOf(childrenOf.getOrDefault(parentId, List.of()));
    }

    /** Returns the code and every code below it, parents before their children. */
    List<Code> subtree(long id) {
        List<Code> codes = new ArrayList<>();
        find(id).ifPresent(code -> collect(code, codes));
        return codes;
    }

    /** Returns every code, parents before their children, siblings in order. */
    List<Code> ordered() {
        List<Code> codes = new ArrayList<>(byId.size());
        children(Optional.empty()).forEach(root -> collect(root, codes));
        return codes;
    }

    /** Tells whether {@code id} is {@code ancestorId} or lies anywhere below it. */
    boolean isWithin(long id, long ancestorId) {
        for (Optional<Code> step = find(id); step.isPresent(); step = step.get().parentId().flatMap(this::find)) {
            if (step.get().id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** Returns the child of a parent (a root, for an empty parent) with this name, other than {@code except}. */
    Optional<Code> sibling(Optional<Long> parentId, String name, Set<Long> except) {
        return children(parentId).stream()
                .filter(code -> code.name().equals(name) && !except.contains(code.id()))
                .findFirst();
    }

    /** Returns a code's path, its ancestors' names and its own joined with {@code /}. */
    String path(Code code) {
        List<String> names = new ArrayList<>();
        for (Optional<Code> step = Optional.of(code); step.isPresent(); step = step.get().parentId().flatMap(this::find)) {
            names.add(0, step.get().name());
        }
        return String.join("/", names);
    }

    /** Adds a code and all below it in tree order, with a stack of its own: no depth of codebook overflows the thread's. */
    private void collect(Code code, List<Code> into) {
        Deque<Code> pending = new ArrayDeque<>();
        pending.push(code);
        while (!pending.isEmpty()) {
            Code next = pending.pop();
            into.add(next);
            List<Code> children = childrenOf.getOrDefault(Optional.of(next.id()), List.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }
}
