package com.flagmark.nlp.region;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The level of a division, and of a region mention: the codebook's {@code level} choices. */
public enum DivisionLevel {
    /** 省, 自治区, 直辖市, 特别行政区. */
    PROVINCE,
    /** 地级市, 地区, 自治州, 盟. */
    PREFECTURE,
    /** 区, 县, 县级市, 旗. */
    COUNTY,
    /** 乡, 镇, 街道. */
    TOWNSHIP,
    /** A development zone or another area run like a division (经济开发区, 高新区, 综合保税区…). */
    ZONE;

    /** The levels by id: the gazetteer asks once for each of its tens of thousands of lines. */
    private static final Map<String, DivisionLevel> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(DivisionLevel::id, Function.identity()));

    private final String id = name().toLowerCase(Locale.ROOT);

    /** Returns the lower-case name used in the gazetteer and in attributes, such as {@code prefecture}. */
    public String id() {
        return id;
    }

    /** Returns the level with the given {@link #id()}, if there is one. */
    public static Optional<DivisionLevel> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
