/**
 * Figures: the grammar that finds a figure in an article's text and reads it (indicator, value,
 * unit, as-of date, target or result), and ties it to an outcome code by the cue words of its
 * clause. Depends on the model, the segmentation and the cue lexicon.
 */
package com.flagmark.nlp.figure;
