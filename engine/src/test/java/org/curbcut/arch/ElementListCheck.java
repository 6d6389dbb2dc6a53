package org.curbcut.arch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds hard-coded lists of HTML element names in Java source. The rule, precisely: a run of
 * string literals separated only by commas, white space and comments (the arguments of
 * {@code is(…)} or {@code Set.of(…)}, an array initialiser, the labels of one {@code case}) is an
 * element list when three or more of its distinct values are known HTML element names. Literals
 * in comments, text blocks and character literals do not count.
 */
final class ElementListCheck {
  /** One element list: where it is and what it says. */
  record Finding(String path, int line, List<String> literals) {
    /** The literals as the allowlist writes them: comma-separated, in source order. */
    String names() {
      return String.join(",", literals);
    }

    @Override
    public String toString() {
      return path + ":" + line + ": " + names();
    }
  }

  /** An element list that may stay, and why. */
  record Allowed(String path, String names, String reason) {}

  /** What a check found: lists nobody allowed, and allowlist entries that no longer match. */
  record Result(List<Finding> unallowed, List<Allowed> unused) {
    boolean clean() {
      return unallowed.isEmpty() && unused.isEmpty();
    }
  }

  private ElementListCheck() {}

  /** The element lists of one source file. */
  static List<Finding> scan(String path, String source, Predicate<String> isElement) {
    List<Finding> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int runLine = 0;
    boolean afterComma = false;
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') i++;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        line += count(source, i, end);
        i = end;
        flush(path, run, runLine, isElement, out);
        afterComma = false;
      } else if (c == '"') {
        StringBuilder value = new StringBuilder();
        i++;
        while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
          if (source.charAt(i) == '\\' && i + 1 < n) {
            value.append(source.charAt(i)).append(source.charAt(i + 1));
            i += 2;
          } else {
            value.append(source.charAt(i++));
          }
        }
        i++;
        if (run.isEmpty() || !afterComma) {
          flush(path, run, runLine, isElement, out);
          runLine = line;
        }
        run.add(value.toString());
        afterComma = false;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != '\'') end += source.charAt(end) == '\\' ? 2 : 1;
        i = end + 1;
        flush(path, run, runLine, isElement, out);
        afterComma = false;
      } else if (c == ',' && !run.isEmpty()) {
        afterComma = true;
        i++;
      } else {
        flush(path, run, runLine, isElement, out);
        afterComma = false;
        i++;
      }
    }
    flush(path, run, runLine, isElement, out);
    return out;
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int i = from; i < to && i < s.length(); i++) if (s.charAt(i) == '\n') lines++;
    return lines;
  }

  private static void flush(String path, List<String> run, int line, Predicate<String> isElement, List<Finding> out) {
    if (run.isEmpty()) return;
    Set<String> names = new LinkedHashSet<>();
    for (String v : run) if (isElement.test(v)) names.add(v);
    if (names.size() >= 3) out.add(new Finding(path, line, List.copyOf(run)));
    run.clear();
  }

  /**
   * Checks sources against the allowlist: every element list must match an entry of the same file
   * and names (one entry per occurrence), and every entry must match one.
   */
  static Result check(Map<String, String> sources, List<Allowed> allowlist, Predicate<String> isElement) {
    List<Allowed> open = new ArrayList<>(allowlist);
    List<Finding> unallowed = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      for (Finding f : scan(s.getKey(), s.getValue(), isElement)) {
        Allowed match = open.stream().filter(a -> a.path().equals(f.path()) && a.names().equals(f.names())).findFirst()
            .orElse(null);
        if (match == null) unallowed.add(f);
        else open.remove(match);
      }
    }
    return new Result(unallowed, open);
  }

  /** Reads the allowlist format: {@code path | names | reason} per line, {@code #} comments. */
  static List<Allowed> parseAllowlist(String text) {
    List<Allowed> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] parts = l.split("\\s*\\|\\s*", 3);
      if (parts.length != 3) throw new IllegalArgumentException("allowlist line needs path | names | reason: " + l);
      out.add(new Allowed(parts[0], parts[1], parts[2]));
    }
    return out;
  }
}
