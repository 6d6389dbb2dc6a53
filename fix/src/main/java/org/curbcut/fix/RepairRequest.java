package org.curbcut.fix;

import java.time.Duration;
import java.util.Objects;
import org.curbcut.rules.Deadline;

/**
 * What one repair asks beyond the page itself: where the page's images may be read from (its site
 * folder, the hosts its owner trusts), the path that names the page in its unified diff, and
 * when the repair must stop. The engine's configuration (rules, level, confidence threshold,
 * describers) is shared by every request; these differ from one request to the next. Immutable.
 *
 * <pre>{@code
 * RepairRequest request = RepairRequest.defaults()
 *     .withImages(ImageAccess.folder(Path.of("site")).allowHosts(List.of("cdn.example.org")))
 *     .withDiffPath("site/index.html")
 *     .withTimeLimit(Duration.ofSeconds(2)); // a proxy's repair budget: past it, the page is served as it came
 * }</pre>
 *
 * @param images where the page's images may be read from
 * @param diffPath the page's path in the headers of its unified diff (relative, '/' separators)
 * @param deadline when the repair must stop; past it (or when it is cancelled) the repair fails
 *     open: the original bytes, with the reason ({@link RepairedPage#stopped()})
 */
public record RepairRequest(ImageAccess images, String diffPath, Deadline deadline) {
  /** The diff path when none is given. */
  public static final String DEFAULT_DIFF_PATH = "page";

  /** Every part is required. */
  public RepairRequest {
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(diffPath, "diffPath");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** A request without a deadline of its own (the engine's page timeout, if it has one, applies). */
  public RepairRequest(ImageAccess images, String diffPath) {
    this(images, diffPath, Deadline.NONE);
  }

  /**
   * Images from {@code data:} URLs and a web page's own origin only; the diff names the page
   * "page"; no deadline of its own.
   */
  public static RepairRequest defaults() {
    return new RepairRequest(ImageAccess.NONE, DEFAULT_DIFF_PATH);
  }

  /** The same request, reading images where {@code access} allows. */
  public RepairRequest withImages(ImageAccess access) {
    return new RepairRequest(access, diffPath, deadline);
  }

  /** The same request, naming the page so in its diff. */
  public RepairRequest withDiffPath(String path) {
    return new RepairRequest(images, path, deadline);
  }

  /**
   * The same request, stopping at {@code deadline} (which a server may also {@link Deadline#cancel()
   * cancel} when its client goes away). It replaces the engine's page timeout for this request.
   */
  public RepairRequest withDeadline(Deadline deadline) {
    return new RepairRequest(images, diffPath, deadline);
  }

  /**
   * The same request, stopping {@code budget} from now (the clock starts at this call, so make
   * the request when the page arrives).
   */
  public RepairRequest withTimeLimit(Duration budget) {
    return withDeadline(Deadline.in(Objects.requireNonNull(budget, "budget")));
  }
}
