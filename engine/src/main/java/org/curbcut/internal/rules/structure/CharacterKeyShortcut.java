package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;

/**
 * ACT ffbc54 "No keyboard shortcut uses only printable characters" (2.1.4).
 * Applicability: a page whose scripts react to printable-character keys without a modifier.
 * Expectation: such a shortcut can be turned off or remapped, or works only on focus. Only
 * running the scripts can show it: a page whose inline handlers or scripts listen for keys or
 * speak of shortcuts is cantTell. {@code accesskey} always needs a modifier and is not a
 * character-key shortcut.
 */
public final class CharacterKeyShortcut implements Rule {
  static final MessageKey<Diagnostic> CHECK = MessageKey.of("check");
  private static final RuleMeta META = RuleMeta.of(CharacterKeyShortcut.class, "character-key-shortcut",
      List.of("ffbc54"), List.of("2.1.4"), Level.A, Impact.SERIOUS)
      .withMessages(CHECK);
  /**
   * Words in script text that give key handling away. Searched one by one with {@link String#contains}
   * (a regular expression of the alternatives, tried at every position of megabytes of script, was
   * the rule's whole cost).
   */
  private static final List<String> KEY_EVIDENCE = List.of("keydown", "keyup", "keypress", "shortcut", "hotkey", "mousetrap");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    String scripts = Markup.inlineScriptTextLowerCase(ctx, ctx.page());
    boolean keyAttrs = ctx.page().elements().stream().anyMatch(e -> e.has("onkeydown") || e.has("onkeyup") || e.has("onkeypress"));
    if (keyAttrs || KEY_EVIDENCE.stream().anyMatch(scripts::contains)) out.cantTell(ctx.page().root(), CHECK);
  }
}
