package org.curbcut.input;

/**
 * An input that could not be read. {@link #getMessage()} is one line for people:
 * {@code cannot read foo.html: no such file}.
 */
public final class LoadException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final String reason;

  /** An input that could not be read, and why (one line, without the input's name). */
  public LoadException(String input, String reason) {
    this(input, reason, null);
  }

  /** An input that could not be read, why, and the exception that said so. */
  public LoadException(String input, String reason, Throwable cause) {
    super("cannot read " + UrlCredentials.strip(input) + ": " + oneLine(reason), cause);
    this.input = UrlCredentials.strip(input);
    this.reason = oneLine(reason);
  }

  /** The input as the user named it (a URL without its user name and password). */
  public String input() {
    return input;
  }

  /** Why it could not be read, without the input's name. */
  public String reason() {
    return reason;
  }

  static String oneLine(String s) {
    if (s == null || s.isBlank()) return "unknown error";
    String t = UrlCredentials.strip(s).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    return t.length() > 300 ? t.substring(0, 299) + "…" : t;
  }
}
