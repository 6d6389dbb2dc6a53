package org.curbcut.internal.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What kind of content a resource is, judged from markup alone: a MIME type when the author gave
 * one, else the file name extension of the URL (data in {@code media-types.properties}).
 */
final class MediaTypes {
  /** The kinds of content an embedded resource can be. */
  enum Kind { IMAGE, AUDIO, VIDEO, DOCUMENT;

    boolean isNonText() {
      return this != DOCUMENT;
    }
  }

  private static final Properties EXTENSIONS = load();

  private MediaTypes() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = MediaTypes.class.getResourceAsStream("media-types.properties")) {
      if (in == null) throw new IllegalStateException("media-types.properties missing");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The kind for a MIME type such as {@code image/png}; empty when it is not one we know. */
  static Optional<Kind> ofMime(String mime) {
    String m = mime.trim().toLowerCase(Locale.ROOT);
    int semi = m.indexOf(';');
    if (semi >= 0) m = m.substring(0, semi).trim();
    if (m.startsWith("image/")) return Optional.of(Kind.IMAGE);
    if (m.startsWith("audio/")) return Optional.of(Kind.AUDIO);
    if (m.startsWith("video/")) return Optional.of(Kind.VIDEO);
    if (m.equals("text/html") || m.equals("application/xhtml+xml") || m.equals("text/plain")) {
      return Optional.of(Kind.DOCUMENT);
    }
    return Optional.empty();
  }

  /** The kind for a URL, from a {@code data:} URL's MIME type or the path's extension. */
  static Optional<Kind> ofUrl(String url) {
    String u = url.trim();
    if (u.regionMatches(true, 0, "data:", 0, 5)) {
      int end = u.indexOf(',');
      String head = u.substring(5, end < 0 ? u.length() : end);
      return ofMime(head.split(";")[0]);
    }
    String path;
    try {
      path = new URI(u.replace(" ", "%20")).getPath();
    } catch (URISyntaxException e) {
      path = u.replaceAll("[?#].*$", "");
    }
    if (path == null) return Optional.empty();
    int slash = path.lastIndexOf('/');
    String file = path.substring(slash + 1);
    int dot = file.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    String ext = file.substring(dot + 1).toLowerCase(Locale.ROOT);
    String kind = EXTENSIONS.getProperty(ext);
    return kind == null ? Optional.empty() : Optional.of(Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
  }
}
