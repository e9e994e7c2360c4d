/**
 * Turns files into articles: walks a folder, reads each file ({@link com.flagmark.ingest.Ingester})
 * through the groups below and finds duplicates. No database and no UI: the library is reached
 * through {@link com.flagmark.ingest.ImportStore}. The groups, by what they read: decoding and
 * metadata ({@code decode}), web pages ({@code web}), text and posts ({@code text}).
 */
package com.flagmark.ingest;
