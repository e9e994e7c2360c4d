package com.flagmark.usecase;

import java.util.Objects;

/**
 * A division of the gazetteer as an analysis shows it.
 *
 * @param code its GB/T 2260 code, such as 370700
 * @param name its full name, such as 潍坊市
 * @param within the names of the divisions it lies in, largest first, such as 山东省; empty for a province
 */
public record Region(String code, String name, String within) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(within, "within");
    }

    /** Returns its name with where it lies, as a reader tells 朝阳区 from 朝阳区: {@code 朝阳区（北京市）}. */
    public String label() {
        return within.isEmpty() ? name : name + "（" + within + "）";
    }
}
