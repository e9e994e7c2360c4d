/**
 * Cue words: the codebook's lexicon of measures and outcomes, and the finder of measures that
 * matches it against a segmented article. Depends on the model and the segmentation only.
 */
package com.flagmark.nlp.cue;
