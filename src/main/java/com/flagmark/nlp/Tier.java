package com.flagmark.nlp;

/** How strongly the text supports a suggestion; a reviewer may hide the low tier. */
public enum Tier {
    /** The evidence is where it should be: a cue in a sentence saying what was done, a figure with its indicator. */
    HIGH,
    /** The evidence is weaker: a cue in a heading or slogan, a figure whose clause names no outcome. */
    LOW
}
