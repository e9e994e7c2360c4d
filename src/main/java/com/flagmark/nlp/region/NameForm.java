package com.flagmark.nlp.region;

/** Which form of a division's name the text used. */
public enum NameForm {
    /** The name as the gazetteer writes it: 寒亭区, 济南市, 山东省. */
    FULL,
    /** The name without its level suffix: 寒亭, 济南, 山东. */
    SHORT,
    /** No name: the division was found from the article, as for 市开发区 (the city's development zone). */
    UNNAMED,
    /** A place HanLP's recognition found beside a division the gazetteer knows, such as a village. */
    RECOGNIZED
}
