/**
 * The domain of coding, on the model alone: anchors and re-anchoring, the codebook tree, and the
 * rules every write of a code or a coded passage follows, whoever makes it.
 */
package com.flagmark.annotate;
