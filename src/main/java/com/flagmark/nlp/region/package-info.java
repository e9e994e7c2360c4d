/**
 * Regions in an article's text: the national division gazetteer shipped in the jar, and the finder
 * that links place names to it, with offsets in code points. Depends on the model and HanLP only.
 */
package com.flagmark.nlp.region;
