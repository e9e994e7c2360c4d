/**
 * The library file: one SQLite database holding imported files, their articles, the full-text
 * index, the codebook and the annotations, with its schema migrations. The only package that
 * writes SQL.
 */
package com.flagmark.library;
