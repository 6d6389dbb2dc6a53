package org.curbcut.fix.alt;

/**
 * An image address's file name without its query, fragment and extension, as the describers read
 * names: {@code .../fff-277-finished-2.png?v=3} gives {@code fff-277-finished-2}.
 */
final class ImageFileName {
  private ImageFileName() {}

  static String of(String src) {
    return src.replaceAll("[?#].*$", "").replaceAll("^.*/", "").replaceAll("\\.[A-Za-z0-9]+$", "");
  }
}
