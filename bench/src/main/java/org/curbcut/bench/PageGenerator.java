package org.curbcut.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic page of a chosen size: a header with navigation, then article cards (headings,
 * paragraphs, links, images with and without alt, buttons, a small form, a table, lists, inline
 * styles, ARIA attributes), a footer. Deterministic for a seed.
 */
public final class PageGenerator {
  private static final String[] WORDS = ("accessible content page people read website link button form image "
      + "heading table list navigation main section article label input select option paragraph text "
      + "colour contrast focus keyboard screen reader language title description summary details").split(" ");

  private PageGenerator() {}

  /** A page of about {@code bytes} characters. */
  public static String generate(int bytes, long seed) {
    StringWriter w = new StringWriter(bytes + 4096);
    try {
      write(w, bytes, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes a page of about {@code bytes} bytes to a file, streaming (no page-sized string in memory). */
  public static void write(Path file, long bytes, long seed) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w, bytes, seed);
    }
  }

  private static void write(Writer out, long bytes, long seed) throws IOException {
    Random r = new Random(seed);
    CountingWriter w = new CountingWriter(out);
    w.write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Generated page</title>\n"
        + "<style>\n.card{border:1px solid #ccc;padding:1em}\n.muted{color:#777}\n.hidden{display:none}\n"
        + "nav a{color:#06c}\n.btn{background:#06c;color:#fff}\n</style>\n</head>\n<body>\n"
        + "<header><a href=\"#main\" class=\"skip\">Skip to content</a>\n<nav aria-label=\"Main\"><ul>\n");
    for (int i = 0; i < 8; i++) w.write("<li><a href=\"/section-" + i + "\">" + words(r, 2) + "</a></li>\n");
    w.write("</ul></nav></header>\n<main id=\"main\">\n<h1>" + words(r, 4) + "</h1>\n");
    int n = 0;
    String footer = "</main>\n<footer><p class=\"muted\">Generated for benchmarks.</p></footer>\n</body>\n</html>\n";
    while (w.count < bytes - footer.length() - 200) {
      card(w, r, n++);
    }
    w.write(footer);
    w.flush();
  }

  private static void card(Writer w, Random r, int n) throws IOException {
    StringBuilder b = new StringBuilder(1600);
    b.append("<article class=\"card\" id=\"card-").append(n).append("\">\n");
    b.append("<h2>").append(words(r, 5)).append("</h2>\n");
    b.append("<p>").append(words(r, 30)).append(" <a href=\"/read/").append(n).append("\">")
        .append(words(r, 3)).append("</a> ").append(words(r, 12)).append("</p>\n");
    if (n % 3 == 0) b.append("<img src=\"/img/").append(n).append(".jpg\" width=\"320\" height=\"200\">\n");
    else b.append("<img src=\"/img/").append(n).append(".jpg\" alt=\"").append(words(r, 4)).append("\">\n");
    b.append("<ul>");
    for (int i = 0; i < 3; i++) b.append("<li>").append(words(r, 5)).append("</li>");
    b.append("</ul>\n");
    switch (n % 4) {
      case 0 -> b.append("<form action=\"/s\"><label for=\"q").append(n).append("\">Search</label> <input id=\"q")
          .append(n).append("\" name=\"q\" type=\"search\"> <input type=\"email\" placeholder=\"Email\">"
              + " <button class=\"btn\" type=\"submit\">Go</button></form>\n");
      case 1 -> b.append("<table><caption>").append(words(r, 3)).append("</caption><tr><th scope=\"col\">A</th>"
          + "<th scope=\"col\">B</th></tr><tr><td>").append(r.nextInt(1000)).append("</td><td>")
          .append(r.nextInt(1000)).append("</td></tr></table>\n");
      case 2 -> b.append("<div role=\"button\" tabindex=\"0\" aria-label=\"").append(words(r, 2))
          .append("\" style=\"color:#999;background:#fff\">").append(words(r, 2)).append("</div>\n");
      default -> b.append("<p class=\"muted\"><span lang=\"fr\">").append(words(r, 3))
          .append("</span> <a href=\"#\"><svg width=\"16\" height=\"16\" aria-hidden=\"true\"><path d=\"M0 0h16v16H0z\"/></svg></a>"
              + " <button aria-expanded=\"false\">More</button></p>\n");
    }
    b.append("</article>\n");
    w.write(b.toString());
  }

  private static String words(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /** Counts characters written (ASCII here, so characters are bytes). */
  private static final class CountingWriter extends Writer {
    private final Writer out;
    long count;

    CountingWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(cbuf, off, len);
      count += len;
    }

    @Override
    public void write(String s) throws IOException {
      out.write(s);
      count += s.length();
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
