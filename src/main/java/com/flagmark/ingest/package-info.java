/**
 * Turns files into articles: detects charset and format, reads metadata, cleans away site
 * chrome, repairs broken lines, splits multi-story pages and finds duplicates. No database and
 * no UI: the library is reached through {@link com.flagmark.ingest.ImportStore}.
 */
package com.flagmark.ingest;
