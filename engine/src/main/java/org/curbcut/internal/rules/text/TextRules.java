package org.curbcut.internal.rules.text;

import java.util.List;
import org.curbcut.rules.Rule;

/** The rules of this package, in report order. */
public final class TextRules {
  private TextRules() {}

  public static List<Rule> all() {
    return List.of(
        new ImageAlt(),
        new SvgImgAlt(),
        new InputImageAlt(),
        new ObjectAlt(),
        new AreaAlt(),
        new LinkName(),
        new ButtonName(),
        new FormFieldName(),
        new PlaceholderOnlyLabel(),
        new FrameTitle(),
        new FrameTitleUnique(),
        new EmptyHeading(),
        new MenuitemName(),
        new SummaryName(),
        new LabelInName(),
        new ImageDecorativeHidden(),
        new ImageAltDescriptive(),
        new ImageOfText(),
        new LabelDescriptive(),
        new LinkInContextDescriptive(),
        new LinkDescriptive(),
        new LinkNewWindow(),
        new LinkFileType(),
        new IdenticalLinksSameContext(),
        new IdenticalLinksSamePurpose(),
        new HeadingDescriptive(),
        new AriaDialogName(),
        new AriaMeterName(),
        new AriaProgressbarName(),
        new AriaTooltipName(),
        new AriaTreeitemName());
  }
}
