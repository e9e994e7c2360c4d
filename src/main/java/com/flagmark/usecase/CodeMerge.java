package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.export.RefiQda;
import com.flagmark.library.CodebookRepository;
import com.flagmark.model.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a file's codes into the codebook, merged by path: a code whose path the codebook has
 * is the codebook's (its colour, names and attributes stay); a new one is added under its
 * parent, and a missing parent is added as a category. Runs inside the import's transaction.
 */
final class CodeMerge {

    /** Colours for new codes the file gives none, picked by path so a code keeps its colour. */
    private static final List<String> PALETTE = List.of("#E57373", "#FFB74D", "#FFF176", "#81C784", "#4FC3F7",
            "#9575CD", "#F06292", "#A1887F");

    private final CodebookRepository repository;
    private final Map<String, Code> byPath = new HashMap<>();
    private final Set<String> shortcuts = new HashSet<>();
    private int added;

    CodeMerge(CodebookRepository repository) {
        this.repository = repository;
        Codebook codebook = new Codebook(repository.all());
        for (Code code : codebook.all()) {
            byPath.put(codebook.path(code), code);
            code.shortcut().ifPresent(shortcuts::add);
        }
    }

    /** Adds a code of the file if the codebook lacks it; its parents come before it. */
    void add(IncomingCode code) {
        ensure(code.path(), Optional.of(code));
    }

    /** Returns the code at this path, adding it (and its missing parents) if the codebook lacks it. */
    Code ensure(List<String> path) {
        return ensure(path, Optional.empty());
    }

    /** Returns how many codes were added. */
    int added() {
        return added;
    }

    /** Walks the path from its root down, adding what is missing, so no depth of path recurses. */
    private Code ensure(List<String> path, Optional<IncomingCode> incoming) {
        Code code = null;
        for (int depth = 1; depth <= path.size(); depth++) {
            List<String> prefix = path.subList(0, depth);
            String key = key(prefix);
            Code existing = byPath.get(key);
            if (existing == null) {
                Optional<Long> parent = Optional.ofNullable(code).map(Code::id);
                existing = repository.add(draft(prefix.get(depth - 1), parent, key,
                        depth == path.size() ? incoming : Optional.empty()));
                existing.shortcut().ifPresent(shortcuts::add);
                byPath.put(key, existing);
                added++;
            }
            code = existing;
        }
        return code;
    }

    private Code draft(String name, Optional<Long> parent, String key, Optional<IncomingCode> incoming) {
        String colour = incoming.flatMap(IncomingCode::colour)
                .orElse(PALETTE.get(Math.floorMod(key.hashCode(), PALETTE.size())));
        if (incoming.isEmpty()) {
            return new Code(0, parent, name, "", colour, Optional.empty(), "", false, List.of(), List.of(),
                    Integer.MAX_VALUE);
        }
        RefiQda.CodeDetails details = incoming.get().details();
        Optional<String> shortcut = details.shortcut().filter(pinned -> pinned.matches("[1-9]") && !shortcuts.contains(pinned));
        return new Code(0, parent, name, details.englishName(), colour, shortcut, details.description(),
                incoming.get().codable(), details.attributes(), details.cues(), Integer.MAX_VALUE);
    }

    /** A code's path as the codebook writes it, names joined by {@code /}. */
    static String key(List<String> path) {
        return String.join("/", path);
    }
}
