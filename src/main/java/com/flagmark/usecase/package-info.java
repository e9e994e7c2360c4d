/**
 * The use cases the app and the command line share, on one open library session: reading,
 * coding with undo, importing folders, exporting, and importing annotations (matching them to
 * articles, merging their codes, storing them in one transaction, the report). The only layer
 * that wires the lower ones together; its long work is a toolkit-free
 * {@link com.flagmark.usecase.BackgroundTask}.
 */
package com.flagmark.usecase;
