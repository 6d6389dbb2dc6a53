package org.curbcut.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a unified diff between an original and a repaired text that {@code git apply} and
 * {@code patch -p1} accept. Line differences come from java-diff-utils; the hunks are written
 * here so that a last line without a newline gets the "\ No newline at end of file" marker.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private UnifiedDiff() {}

  /**
   * The diff of one file, with {@code a/} and {@code b/} prefixes; empty when the texts are equal.
   *
   * @param path the file's path relative to the directory the patch is applied in, with '/' separators;
   *     quoted in the headers as git quotes it ({@link #quoted})
   */
  public static String of(String path, String original, String repaired) {
    if (original.equals(repaired)) return "";
    List<String> a = lines(original);
    List<String> b = lines(repaired);
    boolean aEndsNl = original.isEmpty() || original.endsWith("\n");
    boolean bEndsNl = repaired.isEmpty() || repaired.endsWith("\n");
    // a last line without its newline is not the same line as one with it
    List<AbstractDelta<String>> deltas = DiffUtils.diff(withEolMark(a, aEndsNl), withEolMark(b, bEndsNl)).getDeltas();
    StringBuilder out = new StringBuilder();
    String from = quoted("a/" + path);
    String to = quoted("b/" + path);
    // as git does: a name with a space ends with a tab on these two lines, so patch(1) does not cut it there
    String end = path.indexOf(' ') >= 0 ? "\t" : "";
    out.append("diff --git ").append(from).append(' ').append(to).append('\n');
    out.append("--- ").append(from).append(end).append('\n');
    out.append("+++ ").append(to).append(end).append('\n');
    int i = 0;
    while (i < deltas.size()) {
      int j = i;
      // merge deltas whose context would touch
      while (j + 1 < deltas.size()
          && deltas.get(j + 1).getSource().getPosition() - end(deltas.get(j)) <= 2 * CONTEXT) {
        j++;
      }
      writeHunk(out, a, b, deltas.subList(i, j + 1), aEndsNl, bEndsNl);
      i = j + 1;
    }
    return out.toString();
  }

  /**
   * A path as git writes it in a diff header (its quote_c_style): as it is, unless it holds a
   * double quote, a backslash, a control character or a non-ASCII character; then in double
   * quotes, with those characters escaped as C does ({@code \t}, {@code \"}, {@code \\}) and
   * other bytes of their UTF-8 as three octal digits ({@code é} is {@code \303\251}).
   * {@code git apply} and GNU {@code patch -p1} both read it back.
   */
  static String quoted(String path) {
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    boolean plain = true;
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
        plain = false;
        break;
      }
    }
    if (plain) return path;
    StringBuilder q = new StringBuilder(bytes.length + 8).append('"');
    for (byte b : bytes) {
      int c = b & 0xff;
      switch (c) {
        case 0x07 -> q.append("\\a");
        case '\b' -> q.append("\\b");
        case '\t' -> q.append("\\t");
        case '\n' -> q.append("\\n");
        case 0x0b -> q.append("\\v");
        case '\f' -> q.append("\\f");
        case '\r' -> q.append("\\r");
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        default -> {
          if (c < 0x20 || c >= 0x7f) q.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
              .append((char) ('0' + (c & 7)));
          else q.append((char) c);
        }
      }
    }
    return q.append('"').toString();
  }

  private static int end(AbstractDelta<String> d) {
    return d.getSource().getPosition() + d.getSource().size();
  }

  private static void writeHunk(StringBuilder out, List<String> a, List<String> b, List<AbstractDelta<String>> ds,
                                boolean aEndsNl, boolean bEndsNl) {
    AbstractDelta<String> first = ds.get(0);
    AbstractDelta<String> last = ds.get(ds.size() - 1);
    int aStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
    int aEnd = Math.min(a.size(), end(last) + CONTEXT);
    int bStart = first.getTarget().getPosition() - (first.getSource().getPosition() - aStart);
    List<String> body = new ArrayList<>();
    int aLines = 0;
    int bLines = 0;
    int pos = aStart;
    for (AbstractDelta<String> d : ds) {
      for (; pos < d.getSource().getPosition(); pos++) {
        body.add(" " + a.get(pos) + marker(pos == a.size() - 1 && !aEndsNl));
        aLines++;
        bLines++;
      }
      for (int k = 0; k < d.getSource().size(); k++, pos++) {
        body.add("-" + a.get(pos) + marker(pos == a.size() - 1 && !aEndsNl));
        aLines++;
      }
      int tpos = d.getTarget().getPosition();
      for (int k = 0; k < d.getTarget().size(); k++) {
        body.add("+" + b.get(tpos + k) + marker(tpos + k == b.size() - 1 && !bEndsNl));
        bLines++;
      }
    }
    for (; pos < aEnd; pos++) {
      boolean lastLine = pos == a.size() - 1;
      body.add(" " + a.get(pos) + marker(lastLine && !aEndsNl));
      aLines++;
      bLines++;
    }
    out.append("@@ -").append(range(aStart, aLines)).append(" +").append(range(bStart, bLines)).append(" @@\n");
    for (String line : body) out.append(line).append('\n');
  }

  private static String marker(boolean noNewline) {
    return noNewline ? "\n" + NO_NEWLINE : "";
  }

  private static String range(int start, int count) {
    if (count == 0) return start + ",0";
    return (start + 1) + (count == 1 ? "" : "," + count);
  }

  /** The lines for comparing, the last one marked when the text does not end with a newline. */
  private static List<String> withEolMark(List<String> lines, boolean endsWithNewline) {
    if (endsWithNewline || lines.isEmpty()) return lines;
    List<String> out = new ArrayList<>(lines);
    out.set(out.size() - 1, out.get(out.size() - 1) + "\n"); // a line never holds a newline, so this is unique
    return out;
  }

  /** Lines without their terminating newline. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      if (nl < 0) {
        out.add(text.substring(at));
        break;
      }
      out.add(text.substring(at, nl));
      at = nl + 1;
    }
    return out;
  }
}
