/**
 * The reader's HTML, generated from an article's blocks and never copied from its source; each
 * block element carries its start offset in the canonical text, and highlights are drawn as runs
 * over the text without changing it. The page's own script maps selections to offsets. Used by
 * the desktop reader and by {@code show --html}; depends on the model only.
 */
package com.flagmark.render;
