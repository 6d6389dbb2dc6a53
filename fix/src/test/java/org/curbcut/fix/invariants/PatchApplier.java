package org.curbcut.fix.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a one-file unified diff strictly, the way {@code git apply} does without fuzz: every
 * context and removed line must match the original exactly, hunk line counts must add up, and the
 * "\ No newline at end of file" marker is honoured. Throws IllegalArgumentException otherwise.
 */
final class PatchApplier {
  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");
  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private PatchApplier() {}

  static String apply(String original, String diff) {
    if (diff.isEmpty()) return original;
    List<String> old = lines(original);
    boolean oldEndsNl = original.isEmpty() || original.endsWith("\n");
    List<String> d = lines(diff);
    int i = 0;
    while (i < d.size() && !d.get(i).startsWith("@@")) {
      String l = d.get(i);
      if (!(l.startsWith("diff --git ") || l.startsWith("--- ") || l.startsWith("+++ "))) {
        throw new IllegalArgumentException("unexpected header line: " + l);
      }
      i++;
    }
    StringBuilder out = new StringBuilder(original.length() + diff.length());
    int cursor = 0; // next original line (0-based) not yet copied
    int newLine = 0; // lines written so far
    while (i < d.size()) {
      Matcher m = HUNK.matcher(d.get(i));
      if (!m.matches()) throw new IllegalArgumentException("expected a hunk header: " + d.get(i));
      int oldStart = Integer.parseInt(m.group(1));
      int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int newStart = Integer.parseInt(m.group(3));
      int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
      int from = oldCount == 0 ? oldStart : oldStart - 1; // "-5,0" inserts after line 5
      if (from < cursor || from > old.size()) throw new IllegalArgumentException("hunk out of order: " + d.get(i));
      for (; cursor < from; cursor++) {
        appendOld(out, old, cursor, oldEndsNl);
        newLine++;
      }
      int expectedNew = newCount == 0 ? newStart : newStart - 1;
      if (newLine != expectedNew) {
        throw new IllegalArgumentException("hunk starts at new line " + newStart + " but " + newLine + " lines precede it");
      }
      i++;
      int seenOld = 0;
      int seenNew = 0;
      char lastKind = 0;
      while (i < d.size() && !d.get(i).startsWith("@@")) {
        String l = d.get(i++);
        if (l.equals(NO_NEWLINE)) {
          if (lastKind == ' ' || lastKind == '+') {
            if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') throw new IllegalArgumentException("misplaced marker");
            out.setLength(out.length() - 1);
          }
          if ((lastKind == ' ' || lastKind == '-') && (cursor != old.size() || oldEndsNl)) {
            throw new IllegalArgumentException("no-newline marker where the original has a newline");
          }
          continue;
        }
        if (l.isEmpty()) throw new IllegalArgumentException("empty line in hunk body");
        char kind = l.charAt(0);
        String text = l.substring(1);
        switch (kind) {
          case ' ', '-' -> {
            if (cursor >= old.size() || !old.get(cursor).equals(text)) {
              throw new IllegalArgumentException("line " + (cursor + 1) + " does not match: expected '" + text + "' found '"
                  + (cursor < old.size() ? old.get(cursor) : "<eof>") + "'");
            }
            cursor++;
            seenOld++;
            if (kind == ' ') {
              out.append(text).append('\n');
              seenNew++;
              newLine++;
            }
          }
          case '+' -> {
            out.append(text).append('\n');
            seenNew++;
            newLine++;
          }
          default -> throw new IllegalArgumentException("bad hunk line: " + l);
        }
        lastKind = kind;
      }
      if (seenOld != oldCount || seenNew != newCount) {
        throw new IllegalArgumentException("hunk counts do not add up: -" + seenOld + "/" + oldCount + " +" + seenNew + "/" + newCount);
      }
    }
    for (; cursor < old.size(); cursor++) appendOld(out, old, cursor, oldEndsNl);
    return out.toString();
  }

  private static void appendOld(StringBuilder out, List<String> old, int k, boolean oldEndsNl) {
    out.append(old.get(k));
    if (k < old.size() - 1 || oldEndsNl) out.append('\n');
  }

  /** Lines without their LF (a CR stays part of its line, as git treats it). */
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
