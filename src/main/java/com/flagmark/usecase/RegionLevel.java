package com.flagmark.usecase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The levels a table of regions rolls its rows up to. */
public enum RegionLevel {
    /** 省, 自治区, 直辖市. */
    PROVINCE,
    /** 地级市, 地区, 自治州, 盟; the municipalities count as their own prefecture. */
    PREFECTURE,
    /** 区, 县, 县级市, 旗, and development zones run like them. */
    COUNTY;

    /** Returns the lower-case name used on the command line and in JSON, such as {@code prefecture}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the level with this {@link #id()}, if there is one. */
    public static Optional<RegionLevel> fromId(String id) {
        return Arrays.stream(values()).filter(level -> level.id().equals(id)).findFirst();
    }
}
