/**
 * The exchange formats, both ways: CSV for spreadsheets and statistics, W3C Web Annotation
 * JSON-LD and REFI-QDA projects and codebooks for other annotation tools, and the import of
 * annotations (and a project's sources and codes) back into a library. Every export is
 * written to a temporary file and moved into place, so a failure never leaves half a file;
 * every import is read and checked whole before one transaction stores it.
 */
package com.flagmark.export;
