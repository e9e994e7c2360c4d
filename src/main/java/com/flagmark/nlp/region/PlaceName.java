package com.flagmark.nlp.region;

/**
 * One way the text may name a division: its full name or its short form. A name of one character
 * and a suffix (城区, 郊区, 西区), or one that is also an ordinary word for a part of a city (老城区, the old town),
 * counts only right after its parent's name (阳泉市城区, 洛阳市老城区).
 */
record PlaceName(Division division, NameForm form, boolean needsParent) {
}
