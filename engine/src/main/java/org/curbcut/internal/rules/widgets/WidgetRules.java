package org.curbcut.internal.rules.widgets;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class WidgetRules {
  private WidgetRules() {}

  public static List<Rule> all() {
    return List.of(new ClickTargetKeyboard(), new ModalDialogSemantics(), new DisclosureState(), new PatternHasHint(),
        new RequiredMarkedOnlyVisually(), new ErrorMessageLinked(), new ConstraintHasHint());
  }
}
