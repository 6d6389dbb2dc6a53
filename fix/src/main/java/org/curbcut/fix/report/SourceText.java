package org.curbcut.fix.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.curbcut.fix.Edit;

/** Lines and columns of a source text, and the before/after snippets of edits on it. */
final class SourceText {
  /** Longest cluster of lines shown for one place a repair changed. */
  private static final int MAX_LINES = 8;
  /** Longest snippet line shown, in characters. */
  private static final int MAX_LINE = 240;

  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') starts.add(i + 1);
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 0-based line index of an offset. */
  int lineIndex(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return i >= 0 ? i : -i - 2;
  }

  /** 1-based line of an offset. */
  int line(int offset) {
    return lineIndex(offset) + 1;
  }

  /** 1-based column of an offset, in UTF-16 code units. */
  int column(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    return o - lineStarts[lineIndex(o)] + 1;
  }

  EditSpan span(Edit e) {
    int end = Math.min(e.end(), text.length());
    int start = Math.min(e.start(), end);
    return new EditSpan(line(start), column(start), line(end), column(end), start, end - start,
        text.substring(start, end), e.replacement());
  }

  private int lineEnd(int index) {
    if (index + 1 < lineStarts.length) {
      int end = lineStarts[index + 1] - 1;
      return end > lineStarts[index] && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }
    return text.length();
  }

  /**
   * The original source around the edits and the same source after them: the start tag alone when
   * every edit lies inside it, else the lines each group of nearby edits touches.
   *
   * @param tagStart the target's start tag start offset, or -1
   * @param tagEnd its end offset
   * @return {before, after}
   */
  String[] snippets(List<Edit> edits, int tagStart, int tagEnd) {
    if (edits.isEmpty()) return new String[] {"", ""};
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    if (tagStart >= 0 && tagEnd <= text.length() && sorted.stream().allMatch(e -> e.start() >= tagStart && e.end() <= tagEnd && e.start() < tagEnd)) {
      return new String[] {text.substring(tagStart, tagEnd), apply(sorted, tagStart, tagEnd)};
    }
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      int firstLine = lineIndex(sorted.get(i).start());
      int lastLine = lineIndex(sorted.get(i).end());
      int j = i + 1;
      while (j < sorted.size() && lineIndex(sorted.get(j).start()) <= lastLine + 1) {
        lastLine = Math.max(lastLine, lineIndex(sorted.get(j).end()));
        j++;
      }
      int from = lineStarts[firstLine];
      int to = lineEnd(lastLine);
      if (before.length() > 0) {
        before.append("\n…\n");
        after.append("\n…\n");
      }
      before.append(trim(text.substring(from, to)));
      after.append(trim(apply(sorted.subList(i, j), from, to)));
      i = j;
    }
    return new String[] {before.toString(), after.toString()};
  }

  private String apply(List<Edit> sorted, int from, int to) {
    StringBuilder b = new StringBuilder();
    int at = from;
    for (Edit e : sorted) {
      int s = Math.max(from, Math.min(e.start(), to));
      int en = Math.max(s, Math.min(e.end(), to));
      b.append(text, at, s).append(e.replacement());
      at = en;
    }
    b.append(text, at, to);
    return b.toString();
  }

  /** Removes the common indentation, shortens long lines, and keeps at most MAX_LINES lines. */
  static String trim(String s) {
    String[] lines = s.replace("\r", "").split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (l.isBlank()) continue;
      int k = 0;
      while (k < l.length() && (l.charAt(k) == ' ' || l.charAt(k) == '\t')) k++;
      indent = Math.min(indent, k);
    }
    if (indent == Integer.MAX_VALUE) indent = 0;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (out.size() == MAX_LINES - 1 && lines.length > MAX_LINES) {
        out.add("… (" + (lines.length - i) + " more lines)");
        break;
      }
      String l = lines[i].length() >= indent ? lines[i].substring(Math.min(indent, leading(lines[i]))) : lines[i];
      if (l.length() > MAX_LINE) l = l.substring(0, MAX_LINE - 1) + "…";
      out.add(l);
    }
    return String.join("\n", out).strip();
  }

  private static int leading(String l) {
    int k = 0;
    while (k < l.length() && (l.charAt(k) == ' ' || l.charAt(k) == '\t')) k++;
    return k;
  }
}
