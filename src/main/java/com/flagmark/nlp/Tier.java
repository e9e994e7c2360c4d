package com.flagmark.nlp;

/**
 * How strongly the text supports a suggestion, whatever its kind; a reviewer may hide the low
 * tier. One type for regions, measures and outcomes, so that a review can filter them alike.
 */
public enum Tier {
    /**
     * The evidence is where it should be: a gazetteer name on word boundaries linked to one
     * division, a cue in a sentence saying what was done, a figure with its outcome's cue word.
     */
    HIGH,
    /**
     * The evidence is weaker: a name left ambiguous or found by HanLP's recognition alone, a cue
     * in a heading or slogan, a figure whose clause names no outcome.
     */
    LOW
}
