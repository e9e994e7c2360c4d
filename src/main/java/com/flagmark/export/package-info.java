/**
 * The exchange formats, both ways: CSV for spreadsheets and statistics, W3C Web Annotation
 * JSON-LD and REFI-QDA projects and codebooks for other annotation tools, and the import of
 * annotations (and a project's sources and codes) back into a library. Every export is
 * written to a temporary file and moved into place, so a failure never leaves half a file;
 * both ways stream, so a library of any size fits in little memory, and an import stores what
 * it reads in one transaction that a refusal rolls back.
 */
package com.flagmark.export;
