package org.curbcut.rules;

/**
 * The contrast of text with its background, as measured (colour-contrast rules): the worst colour
 * pair, its ratio, the best ratio where the background varies, the ratio required, and for a
 * failure with one colour pair the nearest pair that would pass (advice: colours are the owner's
 * design decision, so no repair applies it).
 *
 * @param foreground the text colour of the worst pair, {@code #rrggbb} (or {@code #rrggbbaa})
 * @param background the background colour of the worst pair
 * @param ratio the lowest contrast ratio found (unrounded; messages show it rounded down to two decimals)
 * @param highestRatio the highest ratio found (equal to {@code ratio} over one plain background)
 * @param required the ratio the text needs at its size (for text whose size is not known, the
 *     ratio normal text needs)
 * @param suggestion the nearest colour pair that passes; null when there is none or the text has
 *     more than one background
 */
public record ContrastRatio(String foreground, String background, double ratio, double highestRatio, double required,
                            Suggestion suggestion) implements Diagnostic {

  /**
   * A colour pair that would pass: one of the two colours changed.
   *
   * @param foreground the text colour (changed, or as it was)
   * @param background the background colour (changed, or as it was)
   * @param ratio the contrast ratio of the pair
   */
  public record Suggestion(String foreground, String background, double ratio) {}
}
