package org.curbcut.fix.alt;

import org.curbcut.fix.Confidence;

/**
 * What a describer proposes for an image.
 *
 * @param alt the alt text ("" for a decorative image)
 * @param provenance where it came from, in words ("alt text from OCR of the image")
 * @param confidence CERTAIN or LIKELY only for decisions the markup supports; machine-written
 *     descriptions are NEEDS_REVIEW
 */
public record Description(String alt, String provenance, Confidence confidence) {
  /** True for a decorative image (empty alt text). */
  public boolean decorative() {
    return alt.isEmpty();
  }
}
