package com.flagmark.annotate;

import com.flagmark.model.AttributeDefinition;
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
 * The codebook as a tree: roots, children in order, paths such as {@code 措施/亮旗评比}, the
 * attributes a code's annotations carry (its own and its ancestors'), and codes found by path,
 * id or shortcut key. Immutable: a changed codebook is a new one.
 */
public final class Codebook {

    private static final Comparator<Code> ORDER = Comparator.comparingInt(Code::position).thenComparingLong(Code::id);

    private final Map<Long, Code> byId = new LinkedHashMap<>();
    /** The children of each code, and the roots under empty, in order. */
    private final Map<Optional<Long>, List<Code>> childrenOf = new HashMap<>();

    public Codebook(List<Code> codes) {
        codes.stream().sorted(ORDER).forEach(code -> {
            byId.put(code.id(), code);
            childrenOf.computeIfAbsent(code.parentId(), parent -> new ArrayList<>()).add(code);
        });
    }

    /** Returns every code, parents before their children, siblings in order. */
    public List<Code> all() {
        List<Code> ordered = new ArrayList<>(byId.size());
        roots().forEach(root -> collect(root, ordered));
        return ordered;
    }

    /** Returns the top-level codes, in order. */
    public List<Code> roots() {
        return childrenOf(Optional.empty());
    }

    /** Returns the codes right below a code, in order. */
    public List<Code> children(long id) {
        return childrenOf(Optional.of(id));
    }

    /** Returns the codes right below a parent, or the top-level codes for none, in order. */
    public List<Code> childrenOf(Optional<Long> parentId) {
        return List.copyOf(childrenOf.getOrDefault(parentId, List.of()));
    }

    public Optional<Code> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Returns the code and every code below it, parents before their children. */
    public List<Code> subtree(long id) {
        List<Code> codes = new ArrayList<>();
        find(id).ifPresent(code -> collect(code, codes));
        return codes;
    }

    /** Tells whether {@code id} is {@code ancestorId} or lies anywhere below it. */
    public boolean isWithin(long id, long ancestorId) {
        for (Optional<Code> step = find(id); step.isPresent(); step = step.get().parentId().flatMap(this::find)) {
            if (step.get().id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /** Returns the child of a parent (a top-level code, for none) with this name, other than those in {@code except}. */
    public Optional<Code> childNamed(Optional<Long> parentId, String name, Set<Long> except) {
        return childrenOf.getOrDefault(parentId, List.of()).stream()
                .filter(code -> code.name().equals(name) && !except.contains(code.id()))
                .findFirst();
    }

    /** Returns a code's path: its ancestors' names and its own, joined with {@code /}. */
    public String path(Code code) {
        List<String> names = new ArrayList<>();
        for (Optional<Code> step = Optional.of(code); step.isPresent(); step = step.get().parentId().flatMap(this::find)) {
            names.add(0, step.get().name());
        }
        return String.join("/", names);
    }

    /** Finds a code by its path ({@code 措施/亮旗评比}) or by its id ({@code 12}). */
    public Optional<Code> resolve(String pathOrId) {
        String wanted = pathOrId.strip();
        if (wanted.matches("\\d{1,18}")) {
            Optional<Code> byNumber = find(Long.parseLong(wanted));
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return byId.values().stream().filter(code -> path(code).equals(wanted)).findFirst();
    }

    /** Returns the code pinned to a shortcut key such as {@code 1}. */
    public Optional<Code> byShortcut(String key) {
        return byId.values().stream().filter(code -> code.shortcut().equals(Optional.of(key))).findFirst();
    }

    /** Returns the attributes annotations with this code carry: its ancestors' first, then its own. */
    public List<AttributeDefinition> attributesOf(Code code) {
        Deque<Code> lineage = new ArrayDeque<>();
        for (Optional<Code> step = Optional.of(code); step.isPresent(); step = step.get().parentId().flatMap(this::find)) {
            lineage.push(step.get());
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (Code ancestor : lineage) {
            for (AttributeDefinition own : ancestor.attributes()) {
                attributes.removeIf(inherited -> inherited.name().equals(own.name()));
                attributes.add(own);
            }
        }
        return attributes;
    }

    /** Returns the attributes of several codes, each name once, in the codes' order. */
    public List<AttributeDefinition> attributesOf(List<Long> codeIds) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        for (long id : codeIds) {
            find(id).ifPresent(code -> attributesOf(code).forEach(attribute -> attributes.putIfAbsent(attribute.name(), attribute)));
        }
        return List.copyOf(attributes.values());
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
