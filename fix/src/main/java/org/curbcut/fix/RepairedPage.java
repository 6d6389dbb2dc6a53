package org.curbcut.fix;

import java.util.List;
import java.util.Optional;
import org.curbcut.audit.PageReport;
import org.curbcut.input.LoadedPage;
import org.curbcut.input.PageEncoding;

/**
 * A page after repair, as a server sends it on or a command writes it: the bytes in the page's own
 * encoding, the repairs and their outcomes, and the unified diff against the original. A page that
 * could not be repaired says why ({@link #error()}) and carries its original bytes, so a caller
 * that fails open serves the page as it came. So does a repair that ran past its deadline
 * ({@link #stopped()}). Immutable; safe to share between threads.
 *
 * <p>The bytes are written as the page was read: same encoding, same byte order mark; characters
 * the encoding cannot hold become numeric character references. A page whose bytes are not valid
 * in its encoding is not rewritten (rewriting could change more than the repairs did).
 */
public final class RepairedPage {
  private final String name;
  private final PageEncoding encoding;
  private final RepairResult result;
  private final byte[] bytes;
  private final String text;
  private final String original;
  private final String diffPath;
  private final String error;
  private final boolean stopped;
  private String diff;

  private RepairedPage(String name, PageEncoding encoding, RepairResult result, byte[] bytes, String text,
                       String original, String diffPath, String error) {
    this(name, encoding, result, bytes, text, original, diffPath, error, false);
  }

  private RepairedPage(String name, PageEncoding encoding, RepairResult result, byte[] bytes, String text,
                       String original, String diffPath, String error, boolean stopped) {
    this.stopped = stopped;
    this.name = name;
    this.encoding = encoding;
    this.result = result;
    this.bytes = bytes;
    this.text = text;
    this.original = original;
    this.diffPath = diffPath;
    this.error = error;
  }

  /**
   * The bytes and diff of a repair of {@code page}; a page whose original bytes do not survive being
   * decoded and encoded again comes back {@linkplain #failed failed}, with its original bytes.
   */
  public static RepairedPage of(LoadedPage page, RepairResult result, RepairRequest request) {
    PageEncoding enc = page.encoding();
    String originalText = result.original().text();
    Optional<byte[]> originalBytes = page.originalBytes();
    if (result.changed() && originalBytes.isPresent() && !enc.roundTrips(originalText, originalBytes.get())) {
      return failed(page, FixContext.message("page.invalid-bytes", enc.charset().name()));
    }
    String written = enc.representable(result.changed() ? result.repairedText() : originalText);
    byte[] out = result.changed() || originalBytes.isEmpty() ? enc.encode(written) : originalBytes.get();
    return new RepairedPage(page.name(), enc, result, out, written, originalText, request.diffPath(), null);
  }

  /** A page that could not be repaired: its original bytes (or its text in its encoding) and the reason. */
  public static RepairedPage failed(LoadedPage page, String reason) {
    PageEncoding enc = page.encoding();
    String text = page.text();
    byte[] out = page.originalBytes().orElseGet(() -> enc.encode(enc.representable(text)));
    return new RepairedPage(page.name(), enc, null, out, text, text, RepairRequest.DEFAULT_DIFF_PATH, reason);
  }

  /**
   * A page whose repair ran past its deadline or was cancelled: its original bytes, unchanged, and
   * the reason ("stopped at the time limit", or "cancelled").
   *
   * @param cancelled true when the deadline was cancelled rather than out of time
   */
  public static RepairedPage stopped(LoadedPage page, boolean cancelled) {
    RepairedPage f = failed(page, FixContext.message(cancelled ? "page.cancelled" : "page.stopped"));
    return new RepairedPage(f.name, f.encoding, null, f.bytes, f.text, f.original, f.diffPath, f.error, true);
  }

  /**
   * A page that could not even be read: the reason, and the bytes as they came (empty when there
   * were none), to serve as they are.
   */
  public static RepairedPage unreadable(String name, String reason, byte[] original) {
    return new RepairedPage(name, PageEncoding.UTF_8, null, original, "", "", RepairRequest.DEFAULT_DIFF_PATH, reason);
  }

  /** How reports name the page. */
  public String name() {
    return name;
  }

  /** True when the page was repaired (whether or not anything changed); false when {@link #error()} says why not. */
  public boolean ok() {
    return error == null;
  }

  /**
   * True when the repair stopped at its time limit (or was cancelled): nothing was repaired, the
   * bytes are the original ones, {@link #ok()} is false and {@link #error()} says so.
   */
  public boolean stopped() {
    return stopped;
  }

  /** Why the page could not be read or repaired (one line), if it could not. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** True when the repaired page differs from the original. */
  public boolean changed() {
    return result != null && result.changed();
  }

  /** The encoding the bytes are written in. */
  public PageEncoding encoding() {
    return encoding;
  }

  /**
   * The page's bytes: repaired when something changed, else the original ones (also when the page
   * could not be read or repaired). The array is not copied: do not change it.
   */
  public byte[] bytes() {
    return bytes;
  }

  /** The text the bytes hold ("" for a page that could not be read). */
  public String text() {
    return text;
  }

  /**
   * The unified diff of the original against the repaired text, named by the request's diff path
   * ({@code git apply} / {@code patch -p1}); empty when nothing changed. A page with a byte order
   * mark has it at the start of both sides, as in its bytes.
   */
  public synchronized String diff() {
    if (diff == null) {
      String bom = encoding.bom().length > 0 ? "\uFEFF" : "";
      diff = changed() ? UnifiedDiff.of(diffPath, bom + original, bom + text) : "";
    }
    return diff;
  }

  /**
   * The diff as the bytes of a patch file, in the page's encoding (so it applies to the page's
   * bytes); empty when nothing changed or the page is UTF-16, which {@code git apply} cannot read.
   */
  public Optional<byte[]> patch() {
    if (!changed() || encoding.isUtf16()) return Optional.empty();
    return Optional.of(diff().getBytes(encoding.charset()));
  }

  /** The whole repair (both audits, every outcome, new failures), when the page was repaired. */
  public Optional<RepairResult> result() {
    return Optional.ofNullable(result);
  }

  /** One outcome per failed finding of the original page (empty when it could not be repaired). */
  public List<RepairOutcome> outcomes() {
    return result == null ? List.of() : result.outcomes();
  }

  /** The repairs applied to the page. */
  public List<Repair> repairs() {
    return result == null ? List.of() : result.appliedRepairs();
  }

  /** The audit of the page as given, when it was repaired. */
  public Optional<PageReport> before() {
    return result().map(RepairResult::before);
  }

  /** The audit of the repaired page, when it was repaired. */
  public Optional<PageReport> after() {
    return result().map(RepairResult::after);
  }
}
