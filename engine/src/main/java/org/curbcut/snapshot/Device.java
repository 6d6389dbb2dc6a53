package org.curbcut.snapshot;

/**
 * The device a static audit assumes when it evaluates media queries ({@code <style media>},
 * {@code <link media>}, {@code @media}): always a {@code screen}, with this viewport, pixel density
 * and user preferences. A browser renders a page for one device; a static reading must say which.
 *
 * <pre>{@code
 * Device phone = Device.DEFAULT.withViewport(375, 667);
 * }</pre>
 *
 * @param width the viewport width in CSS px (also the screen's)
 * @param height the viewport height in CSS px
 * @param dppx device pixels per CSS px ({@code resolution})
 * @param dark whether the user prefers a dark colour scheme ({@code prefers-color-scheme})
 * @param reducedMotion whether the user prefers reduced motion ({@code prefers-reduced-motion})
 * @param touch whether the primary pointer is a finger ({@code pointer: coarse}, {@code hover: none})
 *     rather than a mouse ({@code pointer: fine}, {@code hover: hover})
 */
public record Device(int width, int height, double dppx, boolean dark, boolean reducedMotion, boolean touch) {
  /** A 1280×800 desktop screen at 1dppx, with a mouse, light colours and no motion preference. */
  public static final Device DEFAULT = new Device(1280, 800, 1, false, false, false);

  /** Rejects a viewport or density that no screen has. */
  public Device {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("viewport must be positive: " + width + "x" + height);
    if (!(dppx > 0)) throw new IllegalArgumentException("resolution must be positive: " + dppx);
  }

  /** This device with another viewport (and screen) size, in CSS px. */
  public Device withViewport(int newWidth, int newHeight) {
    return new Device(newWidth, newHeight, dppx, dark, reducedMotion, touch);
  }

  /**
   * This device with the page zoomed by {@code factor} (2 for 200%): a viewport {@code factor}
   * times smaller in CSS px, {@code factor} times denser (what media queries see when a user zooms).
   */
  public Device zoomed(double factor) {
    if (!(factor > 0)) throw new IllegalArgumentException("zoom must be positive: " + factor);
    return new Device(Math.max(1, (int) Math.round(width / factor)), Math.max(1, (int) Math.round(height / factor)),
        dppx * factor, dark, reducedMotion, touch);
  }

  /**
   * A viewport written as {@code WIDTHxHEIGHT} (e.g. {@code 375x667}), on the default device.
   *
   * @throws IllegalArgumentException when it is not two positive whole numbers joined by x
   */
  public static Device viewport(String size) {
    String[] parts = size.trim().toLowerCase(java.util.Locale.ROOT).split("[x×]", -1);
    try {
      if (parts.length == 2) return DEFAULT.withViewport(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("viewport must be WIDTHxHEIGHT in CSS px, e.g. 1280x800: '" + size + "'");
  }
}
