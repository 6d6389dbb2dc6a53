package org.curbcut.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The visitor runtime's files as shipped in this jar, for a server that serves them and a page
 * that loads them: their bytes, the version, Subresource Integrity hashes and the script tag.
 */
public final class RuntimeScript {
  /** Where the files sit in the jar (servlet containers serve {@code META-INF/resources} as-is). */
  public static final String RESOURCE_ROOT = "META-INF/resources/curbcut/";
  /** The entry module a page loads. */
  public static final String ENTRY = "curbcut.js";

  // Names as the script refers to them: folders and file names of letters, digits, '-', '_', '.'.
  private static final Pattern FILE_NAME = Pattern.compile("(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9]+)+");
  private static final ConcurrentHashMap<String, String> INTEGRITY = new ConcurrentHashMap<>();
  private static final String VERSION = readVersion();

  private RuntimeScript() {}

  /** The runtime's version (the project's). */
  public static String version() {
    return VERSION;
  }

  /**
   * The bytes of one of the runtime's files ({@code curbcut.js}, {@code locales/es.json}…), or
   * empty for a name that is not one of them; names that climb out ({@code ../}) are never read.
   */
  public static Optional<byte[]> file(String name) {
    if (name == null || !FILE_NAME.matcher(name).matches()) return Optional.empty();
    try (InputStream in = RuntimeScript.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the runtime's " + name, e);
    }
  }

  /** The Subresource Integrity value ({@code sha384-…}) of one of the runtime's files. */
  public static Optional<String> integrity(String name) {
    String known = INTEGRITY.get(name);
    if (known != null) return Optional.of(known);
    return file(name).map(bytes -> {
      String value = "sha384-" + Base64.getEncoder().encodeToString(sha384(bytes));
      INTEGRITY.put(name, value);
      return value;
    });
  }

  /**
   * The tag that loads the runtime from {@code base} (the URL path the files are served under,
   * such as {@code /.curbcut/runtime/}), with its integrity hash and, when the page has one, the
   * CSP nonce of the page.
   */
  public static String scriptTag(String base, String nonce) {
    String prefix = base.endsWith("/") ? base : base + "/";
    StringBuilder tag = new StringBuilder("<script type=\"module\" src=\"").append(attr(prefix + ENTRY)).append('"');
    tag.append(" integrity=\"").append(integrity(ENTRY).orElseThrow()).append('"');
    if (nonce != null && !nonce.isBlank()) tag.append(" nonce=\"").append(attr(nonce)).append('"');
    return tag.append("></script>").toString();
  }

  private static String attr(String value) {
    return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] sha384(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-384").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-384", e);
    }
  }

  private static String readVersion() {
    try (InputStream in = RuntimeScript.class.getResourceAsStream("runtime.properties")) {
      Properties p = new Properties();
      if (in != null) p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
