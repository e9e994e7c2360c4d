package com.flagmark.nlp.region;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the gazetteer: a division's code, its full name as the statistical release writes
 * it, its level and the code of the division it belongs to. Provinces, prefectures and counties
 * carry six-digit GB/T 2260 codes (370000 山东省, 370700 潍坊市, 370703 寒亭区), townships the
 * nine-digit codes of the statistical release (370703001 寒亭街道).
 *
 * @param parent the parent's code, empty for a province
 */
public record Division(String code, String name, DivisionLevel level, String parent) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
    }

    /** Returns the parent's code, or empty for a province. */
    public Optional<String> parentCode() {
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }
}
