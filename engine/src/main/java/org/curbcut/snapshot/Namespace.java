package org.curbcut.snapshot;

/** The namespaces an HTML parser produces elements in. */
public enum Namespace {
  HTML("http://www.w3.org/1999/xhtml"),
  SVG("http://www.w3.org/2000/svg"),
  MATHML("http://www.w3.org/1998/Math/MathML"),
  OTHER("");

  private final String uri;

  Namespace(String uri) {
    this.uri = uri;
  }

  /** The namespace's URI. */
  public String uri() {
    return uri;
  }

  /** The namespace with this URI. */
  public static Namespace ofUri(String uri) {
    for (Namespace ns : values()) {
      if (ns.uri.equals(uri)) return ns;
    }
    return OTHER;
  }
}
