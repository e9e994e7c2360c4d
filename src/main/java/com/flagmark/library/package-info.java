/**
 * The library file: one SQLite database holding imported files, their articles and the
 * full-text index, with its schema migrations. The only package that writes SQL.
 */
package com.flagmark.library;
