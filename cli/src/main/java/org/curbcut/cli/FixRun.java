package org.curbcut.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.curbcut.Curbcut;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairedPage;
import org.curbcut.fix.report.PageRepair;
import org.curbcut.input.LoadException;
import org.curbcut.input.LoadedPage;
import org.curbcut.input.PageLoader;
import org.curbcut.input.PageSource;

/**
 * One {@code curbcut fix} run over its pages: each is read, repaired by the library's page
 * pipeline ({@link Curbcut#repair(LoadedPage, RepairRequest)}, with the images of its own site
 * folder), written, and added to the diff. A page that cannot be read, repaired or written is
 * reported at once and the run goes on; so is a page whose repair runs past the page timeout,
 * which is left as it was.
 */
final class FixRun {
  private final Curbcut curbcut;
  private final AltTextOptions alt;
  private final Path out;
  private final boolean diffWanted;
  private final boolean keepResults;
  private final Progress progress;
  private final FixOutput output;
  private final String limit;
  private final ByteArrayOutputStream patch = new ByteArrayOutputStream();
  private int stopped;

  /**
   * A run writing to {@code out} (or in place), with the engine and alt-text options given.
   *
   * @param out the --out folder, or null for --in-place
   * @param diffWanted whether --diff was given
   * @param keepResults keep every rule result for the reports (small batches)
   * @param limit how messages name the page timeout ("--page-timeout 60s")
   */
  FixRun(Curbcut curbcut, AltTextOptions alt, Path out, boolean diffWanted, boolean keepResults, Progress progress,
         FixOutput output, String limit) {
    this.limit = limit;
    this.curbcut = curbcut;
    this.alt = alt;
    this.out = out;
    this.diffWanted = diffWanted;
    this.keepResults = keepResults;
    this.progress = progress;
    this.output = output;
  }

  /** How many pages' repairs stopped at the page timeout (each left as it was). */
  int stopped() {
    return stopped;
  }

  /** The unified diff of every changed page so far, as the bytes of one patch file. */
  byte[] patch() {
    return patch.toByteArray();
  }

  /** Reads, repairs and writes one page; its diff goes into the patch. */
  PageRepair repair(FixLayout.Job job) {
    PageLoader.Resolved r = job.resolved();
    if (!r.ok()) return failed(job, r.error().getMessage(), r.name(), r.error().reason());
    LoadedPage page;
    try {
      page = curbcut.loader().read(r.source()).forFile();
    } catch (LoadException e) {
      return failed(job, e.getMessage(), r.name(), e.reason());
    }
    Path root = r.source() instanceof PageSource.LocalFile f ? f.root() : null;
    String diffPath = job.diffPath() == null ? RepairRequest.DEFAULT_DIFF_PATH : job.diffPath();
    RepairedPage result = curbcut.repair(page, new RepairRequest(alt.images(root), diffPath));
    if (!result.ok()) {
      String why = result.error().orElseThrow();
      if (result.stopped()) {
        stopped++;
        return failed(job, "cannot repair " + r.name() + " within " + limit + ": " + why, r.name(), why);
      }
      return failed(job, "cannot repair " + r.name() + ": " + why, r.name(), why);
    }
    String shown = "";
    if (out != null) {
      if (output.write("page", job.output(), result.bytes())) shown = job.shownOutput();
    } else if (result.changed()) {
      PageSource.LocalFile f = (PageSource.LocalFile) r.source();
      if (output.replace(f.path(), f.root(), result.bytes())) shown = r.name();
    }
    if (result.changed() && job.diffPath() != null) {
      if (result.patch().isPresent()) patch.writeBytes(result.patch().get());
      else progress.note("curbcut: " + r.name() + " is UTF-16; it is left out of the diff (git apply cannot read UTF-16 patches)");
    } else if (result.changed() && diffWanted) {
      progress.note("curbcut: " + r.name() + " is a URL; its repairs are in --out and the report, not in the diff");
    }
    return PageRepair.of(result, shown, keepResults);
  }

  /** An input that could not be read or repaired: reported at once; with --out its file is still copied. */
  private PageRepair failed(FixLayout.Job job, String line, String name, String reason) {
    output.error(Errors.oneLine(line));
    if (out != null && job.output() != null && job.resolved().source() instanceof PageSource.LocalFile f) {
      output.copyUnrepaired(f.path(), job.output());
    }
    return PageRepair.unread(name, reason);
  }
}
