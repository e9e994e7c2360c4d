package com.flagmark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A code of the codebook, such as 措施/亮旗评比 (red/yellow flag ranking).
 *
 * @param parentId the code it sits under, or empty for a root
 * @param name the Chinese name, unique among its siblings; paths join names with {@code /}
 * @param englishName the English name
 * @param colour the highlight colour, {@code #RRGGBB}
 * @param shortcut the key that applies it ({@code 1}–{@code 9}) if it is pinned
 * @param codable whether passages can carry it; a category (措施) only groups codes
 * @param attributes the attributes annotations with this code carry, besides those of its ancestors
 * @param cues the words that suggest the code in a text
 * @param position its place among its siblings
 */
public record Code(long id, Optional<Long> parentId, String name, String englishName, String colour,
        Optional<String> shortcut, String description, boolean codable, List<AttributeDefinition> attributes,
        List<String> cues, int position) {

    public Code {
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(shortcut, "shortcut");
        Objects.requireNonNull(description, "description");
        attributes = List.copyOf(attributes);
        cues = List.copyOf(cues);
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("A code's name is not blank and holds no '/': " + name);
        }
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("A colour is #RRGGBB: " + colour);
        }
    }
}
