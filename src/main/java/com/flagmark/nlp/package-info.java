/**
 * Language processing: HanLP word segmentation behind Flagmark's own small interfaces. The only
 * package that imports HanLP; no UI, no SQL.
 */
package com.flagmark.nlp;
