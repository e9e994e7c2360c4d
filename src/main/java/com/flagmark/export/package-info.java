/**
 * The exchange formats, both ways, streaming: writers of CSV for spreadsheets and statistics,
 * W3C Web Annotation JSON-LD and REFI-QDA projects and codebooks for other annotation tools,
 * which only read the library, each written to a temporary file and moved into place; and
 * readers of the JSON and REFI-QDA files ({@link com.flagmark.export.AnnotationFile}), which
 * check a file against its format and the import's limits and hand on what it holds to an
 * {@link com.flagmark.export.Incoming} without touching a library.
 */
package com.flagmark.export;
