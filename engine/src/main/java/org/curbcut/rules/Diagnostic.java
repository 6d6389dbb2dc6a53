package org.curbcut.rules;

import java.util.Locale;

/**
 * What a rule found, typed: the facts behind one result's message (the missing attributes, the
 * colour pair and its contrast, the broken id reference), for the programs that act on a result
 * — fixers, reports, the browser runtime — so none of them has to parse the message or ask the
 * rule again. One small immutable record per kind of finding, shared by the rules that find the
 * same kind of thing. A result whose key says all there is ("the page has no title") has none.
 *
 * <p>The message of a result is formatted from its diagnostic (see {@link MessageKey}), so the
 * two cannot disagree. Reports show a diagnostic as its {@link #kind()} and its record
 * components, elements as CSS selectors (docs/report-schema.md).
 */
public sealed interface Diagnostic
    permits AttributeValue, ContrastRatio, EnclosingLandmark, ErrorMessage, ExposedRole, FirstRowHeaders,
    FocusableContent, HeaderScope, HeadingLevels, IdReferences, InputLimits, InvalidValues, Label, LabelAndName,
    LandmarkCount, LandmarkName, LinkContrast, Name, OrientationLock, Refresh, RequiredContext, RequiredOwned,
    RoleAttributes, RuleError, SameName, SharedId, TextSpacing, UnexpectedChild, UnexpectedParent, UnknownAttributes,
    UnreadStyleSheets, ViewportSetting, VisualWords {

  /** The kind's stable name in reports: the record's name in kebab-case ({@code rule-error}). */
  default String kind() {
    return kebab(getClass().getSimpleName());
  }

  /** {@code FirstRowHeaders} → {@code first-row-headers}. */
  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
