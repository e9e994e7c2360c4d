package com.flagmark.nlp.figure;

/** How a figure's value bounds the true amount, as the words around it say. */
public enum Bound {
    /** As written: 3351790人. */
    EXACT,
    /** About: 约2.5万人, 20天左右. */
    ABOUT,
    /** At least: 3000余个, 20%以上, 超过100亿元. */
    AT_LEAST,
    /** At most: 近50万, 不到10家. */
    AT_MOST
}
