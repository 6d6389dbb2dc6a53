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

/**
 * focus-visible: when the site's CSS removes the focus outline, adds one page-level style that
 * draws a clear focus ring for keyboard focus ({@code :focus-visible}), leaving mouse clicks as
 * they were. One edit serves every element the rule failed on.
 */
final class FocusStyleFixer implements Fixer {
  /** Marks the style element this repair adds. */
  static final String MARKER = "data-curbcut=\"focus-visible\"";
  static final String STYLE = "<style " + MARKER + ">:focus-visible{outline:3px solid #1b4f8a !important;"
      + "outline-offset:2px !important;box-shadow:0 0 0 5px #ffffff !important}</style>";

  @Override
  public String rule() {
    return "focus-visible";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Optional<Edit> insert = insertionPoint(ctx.page());
    if (insert.isEmpty()) return FixerSupport.notInSource(rule(), failure.target());
    return new Repair(rule(), failure.target(), List.of(insert.get()), FixContext.message("change.focus-style"), "",
        FixContext.message("focus.provenance"), Confidence.LIKELY);
  }

  /** At the end of the head, so it comes after (and wins over) the site's own styles. */
  static Optional<Edit> insertionPoint(Page page) {
    Optional<Element> head = page.head();
    if (head.isPresent() && head.get().endTag().isKnown() && page.slice(head.get().endTag()).startsWith("</")) {
      return SourceEdits.appendContent(head.get(), STYLE);
    }
    Optional<Element> body = page.body();
    if (body.isPresent() && body.get().startTag().isKnown()) return SourceEdits.prependContent(body.get(), STYLE);
    return Optional.empty();
  }
}
