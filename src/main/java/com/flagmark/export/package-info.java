/**
 * Writers (and, to come, readers) for the exchange formats: CSV for spreadsheets and statistics.
 * Every export is written to a temporary file and moved into place, so a failure never leaves
 * half a file.
 */
package com.flagmark.export;
