package org.curbcut.internal.rules.text;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * Best practice (no ACT rule; the advisory technique of 2.4.4 "informing the user of the file
 * type and size"): a link to a file to download (PDF, office documents, archives, audio, video,
 * installers; data file {@code file-link-types.txt}) says what it is. Applicability: a link with
 * a non-empty name, included in the accessibility tree, whose URL path (or {@code download} file
 * name) ends with such an extension. Expectation: its name, description or context (paragraph,
 * list item, cell) names the type ("PDF", "Word", the extension). Only a size ("2 MB") is
 * cantTell, and so is a name CSS may change; neither type nor size fails.
 */
public final class LinkFileType implements Rule {
  static final MessageKey<Diagnostic> NO_TYPE = MessageKey.of("no-type", t -> new Object[] {TextChecks.describe(t)});
  static final MessageKey<Diagnostic> SIZE_ONLY = MessageKey.of("size-only", t -> new Object[] {TextChecks.describe(t)});
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown", t -> new Object[] {TextChecks.describe(t)});
  private static final RuleMeta META = RuleMeta.of(LinkFileType.class, "link-file-type",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MINOR)
      .withMessages(NO_TYPE, SIZE_ONLY, UNKNOWN);
  private static final Map<String, Pattern> TYPE_WORDS = load();
  private static final Pattern SIZE = Pattern.compile(
      "\\d+(?:[.,]\\d+)?\\s*(?:bytes?|octets?|[kmgt]i?b|[kmgt]o|kbytes|mbytes)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("a", "area") || !e.has("href") || e.inTemplate()) continue;
      Optional<String> ext = extension(e);
      if (ext.isEmpty() || !RoleFacts.isA(TextChecks.role(ctx, e), "link")) continue;
      Aria aria = ctx.aria();
      AccessibleName name = aria.name(e);
      if (TextChecks.hidden(ctx, e).isTrue() || name.isEmpty()) continue;
      Pattern type = TYPE_WORDS.get(ext.get());
      String said = name.value() + " " + aria.description(e).value();
      String around = e.ancestors().filter(a -> a.isHtml() && GenericLinkText.isContextElement(a.name())).findFirst()
          .map(Element::textContent).orElse("");
      if (type.matcher(said).find() || type.matcher(around).find()) out.passed(e);
      else if (name.known() != Tri.TRUE) out.cantTell(e, UNKNOWN);
      else if (SIZE.matcher(said).find() || SIZE.matcher(around).find()) out.cantTell(e, SIZE_ONLY);
      else out.failed(e, NO_TYPE);
    }
  }

  /** The listed extension of the file the link leads to: its download name's, else its URL path's. */
  static Optional<String> extension(Element link) {
    String file = link.attr("download").filter(d -> !d.isBlank()).orElseGet(() -> path(link.attrOr("href", "")));
    int dot = file.lastIndexOf('.');
    if (dot < 0 || file.indexOf('/', dot) >= 0) return Optional.empty();
    String ext = file.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPE_WORDS.containsKey(ext) ? Optional.of(ext) : Optional.empty();
  }

  private static String path(String href) {
    String h = href.trim();
    if (h.regionMatches(true, 0, "javascript:", 0, 11) || h.regionMatches(true, 0, "mailto:", 0, 7)) return "";
    try {
      String p = new URI(h.replace(" ", "%20")).getPath();
      return p == null ? "" : p;
    } catch (Exception unparseable) {
      return h.replaceAll("[?#].*$", "");
    }
  }

  private static Map<String, Pattern> load() {
    Map<String, Pattern> out = new HashMap<>();
    for (String line : TextData.lines("file-link-types.txt")) {
      int colon = line.indexOf(':');
      String words = String.join("|", line.substring(colon + 1).trim().split("\\s+"));
      out.put(line.substring(0, colon).trim(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + words.replace("-", "\\-")
          + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return Map.copyOf(out);
  }
}
