package org.curbcut.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies edits to the original text, leaving every other character as it was: formatting,
 * comments, attribute order and entities outside the edits stay byte for byte.
 */
public final class TextPatch {
  /** An insertion that adds an attribute to a start tag, as SourceEdits.setAttribute writes it. */
  private static final Pattern ADDED_ATTRIBUTE = Pattern.compile("^\\s+([^\\s\"'>/=<]+)=");

  private final List<Edit> edits;
  /** The edits' ends, in order (non-decreasing, as the edits do not overlap). */
  private final int[] ends;
  /** shifts[i]: how much the first i edits lengthen the text. */
  private final int[] shifts;

  private TextPatch(List<Edit> sorted) {
    this.edits = sorted;
    this.ends = new int[sorted.size()];
    this.shifts = new int[sorted.size() + 1];
    for (int i = 0; i < sorted.size(); i++) {
      ends[i] = sorted.get(i).end();
      shifts[i + 1] = shifts[i] + sorted.get(i).delta();
    }
  }

  /**
   * Sorts the edits; throws IllegalArgumentException when two overlap (callers check
   * {@link #conflicts} first).
   */
  public static TextPatch of(List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException("overlapping edits " + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    return new TextPatch(sorted);
  }

  /**
   * True when any edit of {@code a} overlaps any edit of {@code b}, or when both insert the same
   * attribute at one place (two repairs that each add aria-describedby to a start tag would write
   * it twice, and the parser keeps only the first).
   * Other insertions at one place do not conflict: two repairs may each add an attribute to the
   * same start tag ({@code role="main"} and an {@code id}), and {@link #of} keeps them in the order given.
   */
  public static boolean conflicts(List<Edit> a, List<Edit> b) {
    for (Edit x : a) {
      for (Edit y : b) {
        if (x.overlaps(y) || x.equals(y) || addSameAttribute(x, y)) return true;
      }
    }
    return false;
  }

  private static boolean addSameAttribute(Edit x, Edit y) {
    if (x.start() != x.end() || y.start() != y.end() || x.start() != y.start()) return false;
    Matcher mx = ADDED_ATTRIBUTE.matcher(x.replacement());
    Matcher my = ADDED_ATTRIBUTE.matcher(y.replacement());
    return mx.find() && my.find() && mx.group(1).equalsIgnoreCase(my.group(1));
  }

  /** The text with every edit applied. */
  public String apply(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Edit e : edits) {
      if (e.end() > text.length()) throw new IllegalArgumentException("edit beyond the end of the text: " + e);
      sb.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    sb.append(text, at, text.length());
    return sb.toString();
  }

  /** Where a character offset of the original text is in the patched text (for unedited offsets). */
  public int map(int offset) {
    // every edit that ends at or before the offset moves it (an insertion right at it too); the
    // ends are sorted, so a binary search finds how many
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + shifts[lo];
  }
}
