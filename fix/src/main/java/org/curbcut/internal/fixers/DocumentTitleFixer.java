package org.curbcut.internal.fixers;

import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/** document-title: a title from the page's og:title, else from its main heading. */
final class DocumentTitleFixer implements Fixer {
  @Override
  public String rule() {
    return "document-title";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Page page = ctx.page();
    Optional<String> og = page.elements().stream()
        .filter(e -> e.is("meta") && e.attrOr("property", "").equalsIgnoreCase("og:title"))
        .map(e -> FixerSupport.squash(e.attrOr("content", ""))).filter(s -> !s.isEmpty()).findFirst();
    Optional<String> h1 = page.elements().stream().filter(e -> e.is("h1"))
        .map(e -> FixerSupport.squash(e.textContent())).filter(s -> !s.isEmpty()).findFirst();
    String title;
    String provenance;
    if (og.isPresent()) {
      title = og.get();
      provenance = FixContext.message("title.from-og");
    } else if (h1.isPresent()) {
      title = h1.get();
      provenance = FixContext.message("title.from-h1");
    } else {
      return FixerSupport.needsPerson(rule(), failure.target(), "title.no-source");
    }
    title = FixerSupport.shorten(title, 70);
    Optional<Edit> edit = edit(page, SourceEdits.escapeText(title));
    if (edit.isEmpty()) return FixerSupport.notInSource(rule(), failure.target());
    return new Repair(rule(), failure.target(), List.of(edit.get()), FixContext.message("change.title", title), title,
        provenance, Confidence.LIKELY);
  }

  private static Optional<Edit> edit(Page page, String escaped) {
    Optional<Element> existing = page.elements().stream().filter(e -> e.is("title")).findFirst();
    if (existing.isPresent()) {
      Element t = existing.get();
      org.curbcut.snapshot.SourceRange end = SourceEdits.endTag(t);
      if (!t.startTag().isKnown() || !end.isKnown() || end.start().offset() < t.startTag().end().offset()) return Optional.empty();
      return Optional.of(new Edit(t.startTag().end().offset(), end.start().offset(), escaped));
    }
    Optional<Element> head = page.head();
    if (head.isPresent() && head.get().startTag().isKnown()) {
      // after <meta charset>, which must stay first
      Optional<Element> charset = head.get().childElements().filter(e -> e.is("meta") && e.has("charset")).findFirst();
      if (charset.isPresent()) return SourceEdits.insertAfter(charset.get(), "\n<title>" + escaped + "</title>");
      return SourceEdits.prependContent(head.get(), "\n<title>" + escaped + "</title>");
    }
    Optional<Element> firstInHead = head.flatMap(h -> h.childElements().filter(e -> e.startTag().isKnown()).findFirst());
    if (firstInHead.isPresent()) return SourceEdits.insertBefore(firstInHead.get(), "<title>" + escaped + "</title>\n");
    if (page.root().startTag().isKnown()) return SourceEdits.prependContent(page.root(), "\n<title>" + escaped + "</title>");
    return Optional.empty();
  }
}
