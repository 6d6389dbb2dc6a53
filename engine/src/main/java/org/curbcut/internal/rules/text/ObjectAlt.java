package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Optional;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.AttributeValue;
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
 * ACT 8fc3b6 "Object element rendering non-text content has non-empty accessible name".
 * Applicability: HTML {@code object} elements without an explicit role, included in the
 * accessibility tree, that render an image, audio or video. What an object renders is read from
 * its {@code type} attribute, else from its {@code data} URL (MIME type of a data: URL, or the
 * file extension); an object that loads an HTML document is inapplicable, and one whose content
 * cannot be told from markup gets cantTell when it has no name.
 * Expectation: each has a non-empty accessible name (alt and fallback content do not count).
 */
public final class ObjectAlt implements Rule {
  static final MessageKey<AttributeValue> UNKNOWN_CONTENT = MessageKey.of("unknown-content", AttributeValue.class,
      (t, d) -> new Object[] {TextChecks.describe(t), d.value()});
  private static final RuleMeta META = RuleMeta.of(ObjectAlt.class, "object-alt",
      List.of("8fc3b6"), List.of("1.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(TextChecks.NAME_MESSAGES).withMessages(UNKNOWN_CONTENT);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("object")) continue;
      if (e.attr("role").map(r -> !r.isBlank()).orElse(false)) continue;
      Optional<String> data = e.attr("data").filter(d -> !d.isBlank());
      if (data.isEmpty()) continue; // nothing is embedded: the fallback content renders
      Optional<MediaTypes.Kind> kind = e.attr("type").filter(t -> !t.isBlank()).flatMap(MediaTypes::ofMime)
          .or(() -> MediaTypes.ofUrl(data.get()));
      if (kind.isPresent() && !kind.get().isNonText()) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      if (hidden.isTrue()) continue;
      AccessibleName name = ctx.aria().name(e);
      if (kind.isEmpty() && name.isEmpty()) {
        out.cantTell(e, UNKNOWN_CONTENT, new AttributeValue("data", data.get()));
        continue;
      }
      TextChecks.expectName(ctx, e, name, hidden, out);
    }
  }
}
