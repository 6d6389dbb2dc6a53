package org.curbcut.fix;

import java.util.Objects;

/**
 * What one repair asks beyond the page itself: where the page's images may be read from (its site
 * folder, the hosts its owner trusts) and the path that names the page in its unified diff. The
 * engine's configuration (rules, level, confidence threshold, describers) is shared by every
 * request; these differ from one request to the next. Immutable.
 *
 * <pre>{@code
 * RepairRequest request = RepairRequest.defaults()
 *     .withImages(ImageAccess.folder(Path.of("site")).allowHosts(List.of("cdn.example.org")))
 *     .withDiffPath("site/index.html");
 * }</pre>
 *
 * @param images where the page's images may be read from
 * @param diffPath the page's path in the headers of its unified diff (relative, '/' separators)
 */
public record RepairRequest(ImageAccess images, String diffPath) {
  /** The diff path when none is given. */
  public static final String DEFAULT_DIFF_PATH = "page";

  /** Both parts are required. */
  public RepairRequest {
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(diffPath, "diffPath");
  }

  /** Images from {@code data:} URLs and a web page's own origin only; the diff names the page "page". */
  public static RepairRequest defaults() {
    return new RepairRequest(ImageAccess.NONE, DEFAULT_DIFF_PATH);
  }

  /** The same request, reading images where {@code access} allows. */
  public RepairRequest withImages(ImageAccess access) {
    return new RepairRequest(access, diffPath);
  }

  /** The same request, naming the page so in its diff. */
  public RepairRequest withDiffPath(String path) {
    return new RepairRequest(images, path);
  }
}
