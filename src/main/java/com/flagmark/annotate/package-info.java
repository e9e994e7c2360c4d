/**
 * Annotations, anchors and the codebook as a domain model: making an anchor from offsets,
 * finding it again in a changed text, the codebook tree, and the session's undo history.
 */
package com.flagmark.annotate;
