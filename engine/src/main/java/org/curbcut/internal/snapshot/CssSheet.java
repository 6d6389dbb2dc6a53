package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Tri;
import org.curbcut.snapshot.UnknownStyle;

/**
 * A deliberately small CSS reader for author style sheets: style rules, their selectors and
 * declarations, and whether each rule applies on the audited {@link Device}: for certain (top
 * level, {@code @layer}, an {@code @media} query that matches), not at all (a query that does not
 * match: its rules are left out) or only possibly (a query with a feature this reading does not
 * know, {@code @supports}, {@code @container}). It does not validate values; the cascade treats
 * anything it cannot read as unknown.
 */
final class CssSheet {
  /**
   * One style rule that applies, or may apply ({@code unknown} says why it may not; null when it
   * applies for certain). {@code here} is false for a rule that does not apply on the device but
   * may when the page is zoomed to 200%; {@code zoomDependent} when its applying differs between the
   * two. Rules that apply on neither are left out.
   */
  record StyleRule(String selectors, List<Declaration> declarations, UnknownStyle unknown, boolean here,
                   boolean zoomDependent) {
    boolean certain() {
      return unknown == null && here;
    }
  }

  /** One declaration, property lower-cased, {@code !important} removed from the value. */
  record Declaration(String property, String value, boolean important) {}

  final List<StyleRule> rules = new ArrayList<>();
  /** Every media query list this sheet evaluated: the style depends on the device only through them. */
  final List<String> mediaQueries = new ArrayList<>();
  /** An {@code @import} or another construct that may hold rules we did not read. */
  boolean incomplete;
  /** An {@code @import} of this sheet (for the device) was not read: the reason it is incomplete. */
  boolean importsUnread;

  /** How much zoom {@link StyleRule#zoomDependent} is about: 200%, as WCAG 1.4.4 asks. */
  static final double ZOOM = 2;

  private final Device device;
  private final Device zoomed;

  private CssSheet(Device device) {
    this.device = device;
    this.zoomed = device.zoomed(ZOOM);
  }

  /** The rules of a sheet that apply, or may apply, on {@code device} (given the sheet's own media does). */
  static CssSheet parse(String css, Device device) {
    return parse(css, device, Tri.TRUE, Tri.TRUE);
  }

  /**
   * The rules of a sheet whose own {@code media} (of its {@code <style>} or {@code <link>}) gives
   * {@code applies} on the device and {@code appliesZoomed} on it zoomed: every rule of a sheet
   * that may apply may apply too.
   */
  static CssSheet parse(String css, Device device, Tri applies, Tri appliesZoomed) {
    CssSheet sheet = new CssSheet(device);
    boolean here = !applies.isFalse();
    boolean differs = applies != appliesZoomed;
    if (here || differs) {
      sheet.readBlock(CssText.stripComments(css), applies.isUnknown() ? UnknownStyle.MEDIA_QUERY : null, here, differs);
    }
    return sheet;
  }

  /**
   * Reads the rules of a block; {@code unknown} says why they may not apply (null: they do),
   * {@code here} whether they apply on the device, {@code zoomDiffers} whether zoom changes that.
   */
  private void readBlock(String css, UnknownStyle unknown, boolean here, boolean zoomDiffers) {
    int i = 0;
    int n = css.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(css.charAt(i)) || css.charAt(i) == ';')) i++;
      if (i >= n) break;
      if (css.startsWith("<!--", i) || css.startsWith("-->", i)) {
        i += css.startsWith("<!--", i) ? 4 : 3;
        continue;
      }
      // "<![CDATA[" needs no case of its own: indexOfTopLevel reads its "[" as a block that "]]"
      // closes, so the prelude runs past "]]>" and the rule after it is dropped as a bad selector
      if (css.charAt(i) == '@') {
        int brace = CssText.indexOfTopLevel(css, i, '{');
        int semi = CssText.indexOfTopLevel(css, i, ';');
        if (semi >= 0 && (brace < 0 || semi < brace)) {
          String at = css.substring(i, semi).toLowerCase(Locale.ROOT);
          if (here && at.startsWith("@import") && !importMedia(at).isFalse()) {
            incomplete = true;
            importsUnread = true;
          }
          i = semi + 1;
          continue;
        }
        if (brace < 0) break;
        int close = CssText.matchingBrace(css, brace);
        String prelude = css.substring(i, brace).trim().toLowerCase(Locale.ROOT);
        String body = css.substring(brace + 1, close < 0 ? n : close);
        if (prelude.startsWith("@media")) {
          String list = prelude.substring(6);
          mediaQueries.add(list);
          Tri query = MediaQueries.matches(list, device);
          boolean inside = here && !query.isFalse();
          boolean differs = zoomDiffers || query != MediaQueries.matches(list, zoomed);
          // a query that matches neither here nor zoomed: its rules never apply
          if (inside || differs) {
            readBlock(body, unknown != null || !query.isUnknown() ? unknown : UnknownStyle.MEDIA_QUERY, inside, differs);
          }
        } else if (prelude.startsWith("@layer")) {
          readBlock(body, unknown, here, zoomDiffers);
        } else if (prelude.startsWith("@supports") || prelude.startsWith("@container") || prelude.startsWith("@scope")
            || prelude.startsWith("@document")) {
          readBlock(body, unknown != null ? unknown : UnknownStyle.CONDITIONAL_RULE, here, zoomDiffers);
        }
        // @font-face, @keyframes, @page, @counter-style ... hold no style rules
        i = close < 0 ? n : close + 1;
        continue;
      }
      int brace = CssText.indexOfTopLevel(css, i, '{');
      if (brace < 0) break;
      int close = CssText.matchingBrace(css, brace);
      String selectors = css.substring(i, brace).trim();
      String body = css.substring(brace + 1, close < 0 ? n : close);
      if (body.indexOf('{') >= 0) {
        // CSS nesting: we do not resolve nested selectors, so what they say is unknown
        incomplete = true;
      }
      rules.add(new StyleRule(selectors, parseDeclarations(body), unknown, here, zoomDiffers));
      i = close < 0 ? n : close + 1;
    }
  }

  /** The media of an {@code @import} (what follows its URL): an import for print adds nothing on a screen. */
  private Tri importMedia(String at) {
    String rest = at.substring("@import".length()).trim();
    int end;
    if (rest.startsWith("url(")) end = rest.indexOf(')') + 1;
    else if (rest.startsWith("\"") || rest.startsWith("'")) end = rest.indexOf(rest.charAt(0), 1) + 1;
    else return Tri.UNKNOWN;
    if (end <= 0) return Tri.UNKNOWN;
    String media = rest.substring(end).trim();
    if (media.startsWith("layer") || media.startsWith("supports(")) return Tri.UNKNOWN;
    mediaQueries.add(media);
    return MediaQueries.matches(media, device);
  }

  /** Declarations of a rule body or a {@code style} attribute. */
  static List<Declaration> parseDeclarations(String body) {
    List<Declaration> out = new ArrayList<>();
    for (String part : CssText.splitTopLevel(CssText.stripComments(body), ';')) {
      int colon = part.indexOf(':');
      if (colon <= 0) continue;
      String prop = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = part.substring(colon + 1).trim();
      boolean important = false;
      String lower = value.toLowerCase(Locale.ROOT);
      int bang = lower.lastIndexOf("!important");
      if (bang < 0) bang = lower.replace("! ", "!").lastIndexOf("!important");
      if (bang >= 0) {
        important = true;
        value = value.substring(0, value.lastIndexOf('!')).trim();
      }
      if (prop.isEmpty() || value.isEmpty()) continue;
      out.add(new Declaration(prop, value, important));
    }
    return out;
  }
}
