package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class StructureRules {
  private StructureRules() {}

  public static List<Rule> all() {
    return List.of(
        // language and title
        new HtmlHasLang(), new HtmlLangValid(), new ValidLang(), new HtmlLangMatchesContent(), new LangMatchesContent(),
        new LangOfParts(),
        new DocumentTitle(), new DocumentTitleDescriptive(),
        // timing and zoom
        new MetaRefresh(), new MetaRefreshNoException(), new MetaViewport(),
        new AutoUpdatingContent(), new Marquee(), new Blink(),
        // tables, lists, forms
        new TdHeadersAttr(), new ThHasDataCells(), new TableHasHeaders(), new ThHasScope(), new LayoutTable(), new EmptyTableHeader(),
        new ListStructure(), new Listitem(), new DefinitionList(),
        new AutocompleteValid(), new ErrorMessageDescribes(), new FormFieldErrorMessage(),
        new RadioCheckboxGroup(), new FieldsetLegend(),
        // keyboard
        new FrameFocusableContent(), new ScrollableRegionFocusable(), new KeyboardTrap(), new CharacterKeyShortcut(),
        new TabindexPositive(), new NestedInteractive(),
        // bypass blocks, headings, landmarks
        new Bypass(), new PageHasMainLandmark(), new PageHasHeading(), new SkipLink(), new RepeatedContentCollapsible(),
        new SkipLinkTarget(), new HeadingOrder(),
        new LandmarkOneMain(), new LandmarkUnique(), new LandmarkBannerIsTopLevel(), new LandmarkContentinfoIsTopLevel(),
        new Region(), new DuplicateId(),
        // media, sensory, motion
        new MediaAutoplay(), new VideoCaption(), new VideoAlternative(), new AudioAlternative(),
        new VisualReferenceAlternative(), new DeviceMotion());
  }
}
