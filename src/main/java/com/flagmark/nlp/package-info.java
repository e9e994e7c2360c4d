/**
 * Language processing: HanLP word segmentation behind Flagmark's own small interfaces, and the
 * finders of suggestions below it. The only package that imports HanLP; no UI, no SQL.
 */
package com.flagmark.nlp;
