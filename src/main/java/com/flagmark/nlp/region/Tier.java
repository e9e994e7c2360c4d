package com.flagmark.nlp.region;

/** How sure a region mention is; a reviewer may hide the low tier. */
public enum Tier {
    /** A gazetteer name on word boundaries, linked to one division. */
    HIGH,
    /** Left ambiguous, a zone of an unnamed city, or found by HanLP's place recognition alone. */
    LOW
}
