/**
 * The command line: the desktop app's use cases, headless, for scripts and batch work
 * ({@code import}, {@code list}, {@code show}, {@code search}, {@code annotate},
 * {@code annotations}, {@code codes}, {@code export}, {@code import-annotations}), each on a
 * library session of its own, with a JSON contract.
 */
package com.flagmark.cli;
