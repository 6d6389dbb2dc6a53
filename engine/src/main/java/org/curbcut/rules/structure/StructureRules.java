package org.curbcut.rules.structure;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class StructureRules {
  private StructureRules() {}

  public static List<Rule> all() {
    return List.of(
        new HtmlHasLang(), new HtmlLangValid(), new ValidLang(), new HtmlLangMatchesContent(), new LangMatchesContent(),
        new DocumentTitle(), new DocumentTitleDescriptive(),
        new MetaRefresh(), new MetaRefreshNoException(), new MetaViewport(),
        new TdHeadersAttr(), new ThHasDataCells(),
        new AutocompleteValid());
  }
}
