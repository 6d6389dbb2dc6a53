package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.alt.AltTextPipeline;

/** Every fixer, for the repair engine. */
public final class Fixers {
  private Fixers() {}

  /** All fixers; image-alt describes images with the given pipeline. */
  public static List<Fixer> all(AltTextPipeline altText) {
    List<Fixer> all = new ArrayList<>();
    all.add(new HtmlLangFixer("html-has-lang"));
    all.add(new HtmlLangFixer("html-lang-valid"));
    all.add(new DocumentTitleFixer());
    all.add(new ImageAltFixer(altText));
    all.add(new ControlNameFixer("link-name"));
    all.add(new ControlNameFixer("button-name"));
    all.add(new FormLabelFixer());
    all.add(new FrameTitleFixer());
    all.add(new TabindexFixer());
    all.add(new AriaHiddenFocusFixer());
    all.add(new MetaViewportFixer());
    all.add(new MediaAutoplayFixer());
    all.add(new AutocompleteFixer());
    all.addAll(AriaFixers.all());
    all.addAll(LandmarkFixers.all());
    all.addAll(WidgetFixers.all());
    all.add(new PatternHintFixer());
    all.addAll(FormGuidanceFixers.all());
    all.add(new FocusStyleFixer());
    all.add(new RegionFixer());
    all.add(new LabelInNameFixer());
    all.add(new InputImageAltFixer(altText));
    all.add(new TableHeadersFixer());
    all.add(new ThScopeFixer());
    all.add(new ListItemFixer());
    all.add(new ListChildrenFixer());
    all.add(new SvgImageNameFixer());
    all.addAll(ReferenceFixers.all());
    return all;
  }
}
