/**
 * The suggestion pass: one segmentation of an article, the region, measure and figure finders run
 * over it, and one list of suggestions with codes, attributes, evidence and tiers.
 */
package com.flagmark.nlp.suggest;
