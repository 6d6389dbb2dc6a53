package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Set;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Namespace;

/**
 * ACT 7d6734 "SVG element with explicit role has non-empty accessible name".
 * Applicability: elements in the SVG namespace with an explicit semantic role of {@code img},
 * {@code graphics-document} or {@code graphics-symbol}, included in the accessibility tree.
 * Expectation: each has a non-empty accessible name (SVG {@code text} content does not count).
 */
public final class SvgImgAlt extends NonEmptyNameRule {
  private static final Set<String> ROLES = Set.of("img", "graphics-document", "graphics-symbol");
  private static final RuleMeta META = RuleMeta.of(SvgImgAlt.class, "svg-img-alt",
      List.of("7d6734"), List.of("1.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES);

  public SvgImgAlt() {
    super(META);
  }

  @Override
  boolean applies(RuleContext ctx, Element e) {
    return e.namespace() == Namespace.SVG && ctx.aria().explicitRole(e).map(ROLES::contains).orElse(false);
  }
}
