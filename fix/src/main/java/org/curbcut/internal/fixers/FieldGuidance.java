package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.PageTexts;
import org.curbcut.fix.SourceEdits;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.ErrorMessage;
import org.curbcut.rules.InputLimits;
import org.curbcut.snapshot.Element;

/**
 * The guidance the repairs add to one form field, planned once per field. Three rules can fail
 * on the same field — error-message-linked, constraint-has-hint and pattern-has-hint — and each
 * repair must set aria-describedby. Two repairs that each set it would collide (or, when the
 * attribute is absent, write it twice, and the parser keeps only the first), so the plan writes
 * one value with every id the field needs (its existing tokens, then the error message, then the
 * hint) and one hint that puts the pattern and the limits into words together. Every repair of
 * the field makes every edit of the plan; the repair engine applies an edit that several accepted
 * repairs share once.
 *
 * <p>The plan is made from what the three rules found on the field in the audit being repaired
 * (their failures' diagnostics: the error message element, the pattern, the limits nobody
 * mentions), so a part is planned only when its rule failed there.
 *
 * <p>So the repairs of one field stand or fall together: whichever of them is applied, the field
 * gets the whole plan and never a reference to an element that only another repair would have
 * added. They carry the lowest confidence among the plan's parts (a hint that puts a pattern into
 * words is a machine's reading: needs review; an error link and the words for a limit are likely).
 */
final class FieldGuidance {
  final Element field;
  /** The visible error message the field does not reference yet, or null. */
  final Element message;
  final String messageId;
  /** The pattern in words (without "Format:"), or null when the pattern needs no hint or is too complex. */
  final String patternWords;
  /** The limits nobody mentions, or null. */
  final InputLimits limits;
  /**
   * True when the rule found the limits unmentioned but the text around the field gives each of
   * their numbers (in words the rule does not read, "(0–120)", "max. 500"): a hint would say it twice.
   */
  final boolean limitsSaidNearby;
  final String hintId;
  final String hintText;
  final String describedBy;
  final Confidence confidence;

  private FieldGuidance(FixContext ctx, Element field) {
    this.field = field;
    String base = field.attr("name").or(field::id).orElse("field").replaceAll("[^A-Za-z0-9_-]", "");
    this.message = ctx.failure("error-message-linked", field).flatMap(f -> f.diagnostic(ErrorMessage.class))
        .map(ErrorMessage::message).orElse(null);
    this.messageId = message == null ? null : message.id().orElseGet(() -> FreshIds.take(ctx, "curbcut-error-" + base));
    this.patternWords = ctx.failure("pattern-has-hint", field).flatMap(f -> f.diagnostic(AttributeValue.class))
        .flatMap(p -> PatternHintFixer.describe(p.value(), ctx.texts())).orElse(null);
    InputLimits unmentioned = ctx.failure("constraint-has-hint", field).flatMap(f -> f.diagnostic(InputLimits.class)).orElse(null);
    this.limitsSaidNearby = unmentioned != null && NearbyText.givesEvery(field, ctx.aria().labels().labelsNaming(field),
        java.util.stream.Stream.of(unmentioned.maxLength(), unmentioned.min(), unmentioned.max())
            .filter(java.util.Objects::nonNull).toList());
    this.limits = limitsSaidNearby ? null : unmentioned;
    List<String> parts = new ArrayList<>();
    if (patternWords != null) parts.add(ctx.texts().text("hint.format", patternWords) + (limits != null ? "." : ""));
    if (limits != null) parts.add(limitWords(limits, ctx.texts()));
    this.hintText = parts.isEmpty() ? null : String.join(" ", parts);
    this.hintId = hintText == null ? null : FreshIds.take(ctx, "curbcut-hint-" + base);
    List<String> ids = new ArrayList<>(AsciiWhitespace.split(field.attrOr("aria-describedby", "")));
    if (messageId != null && !ids.contains(messageId)) ids.add(messageId);
    if (hintId != null) ids.add(hintId);
    this.describedBy = String.join(" ", ids);
    this.confidence = patternWords != null ? Confidence.NEEDS_REVIEW : Confidence.LIKELY;
  }

  /** The plan for a field of the page being repaired (the same object for every repair of the field in one run). */
  private static final FixContext.Key<Map<Element, FieldGuidance>> PLANS = FixContext.Key.of("field-guidance-plans");

  static FieldGuidance of(FixContext ctx, Element field) {
    Map<Element, FieldGuidance> plans = ctx.state(PLANS, IdentityHashMap::new);
    return plans.computeIfAbsent(field, f -> new FieldGuidance(ctx, f));
  }

  /**
   * Every edit of the plan, which every repair of the field makes: the error message's id when
   * it has none, aria-describedby, aria-invalid="true" while an error message is shown, and the
   * hint after the field. Empty when something to edit is not in the source.
   */
  Optional<List<Edit>> edits() {
    List<Optional<Edit>> edits = new ArrayList<>();
    if (message != null && message.id().isEmpty()) edits.add(SourceEdits.setAttribute(message, "id", messageId));
    edits.add(SourceEdits.setAttribute(field, "aria-describedby", describedBy));
    if (message != null && !field.token("aria-invalid").orElse("").equals("true")) {
      edits.add(SourceEdits.setAttribute(field, "aria-invalid", "true"));
    }
    if (hintText != null) {
      edits.add(SourceEdits.insertAfter(field, " <span id=\"" + hintId + "\" class=\"curbcut-hint\">"
          + SourceEdits.escapeText(hintText) + "</span>"));
    }
    if (edits.stream().anyMatch(Optional::isEmpty)) return Optional.empty();
    return Optional.of(edits.stream().map(Optional::get).toList());
  }

  /** What the hint covers, for provenance: {@code pattern \d{5}, maxlength="5"}. */
  String covers() {
    List<String> parts = new ArrayList<>();
    if (patternWords != null) parts.add("pattern " + field.attrOr("pattern", ""));
    if (limits != null) parts.add(limits.asMarkup());
    return String.join(", ", parts);
  }

  /** The signal that made the message an error message, for provenance: {@code class field-error}. */
  String messageSignal() {
    for (String c : AsciiWhitespace.split(message.attrOr("class", ""))) {
      String t = c.toLowerCase(Locale.ROOT);
      if (t.contains("error") || t.contains("invalid")) return "class " + c;
    }
    String id = message.attrOr("id", "");
    if (id.toLowerCase(Locale.ROOT).contains("error") || id.toLowerCase(Locale.ROOT).contains("invalid")) return "id " + id;
    return "role alert";
  }

  /** Where the message is: after or before the field. */
  String messagePlace() {
    return message.order() > field.order() ? FixContext.message("error-link.after") : FixContext.message("error-link.before");
  }

  /** "Up to 500 characters.", "A number from 1 to 10.", "A date on or after 2026-01-01." */
  static String limitWords(InputLimits l, PageTexts texts) {
    if (l.maxLength() != null) return texts.text("hint.maxlength", l.maxLength());
    String kind = texts.text("hint.kind." + l.fieldType());
    String prefix = l.fieldType().equals("number") ? "hint.number." : "hint.range.";
    if (l.min() != null && l.max() != null) return texts.text(prefix + "both", kind, l.min(), l.max());
    if (l.min() != null) return texts.text(prefix + "min", kind, l.min());
    return texts.text(prefix + "max", kind, l.max());
  }
}
