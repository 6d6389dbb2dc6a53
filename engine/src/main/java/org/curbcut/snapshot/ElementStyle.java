package org.curbcut.snapshot;

import java.util.Map;
import java.util.Optional;

/**
 * The cascaded (specified) style of one element as far as a static reading can know it: the
 * winning declaration per property from inline {@code style} and author {@code <style>} rules.
 *
 * <p>A property is <em>uncertain</em> when a rule that may apply could not be evaluated statically
 * (a media query, an unsupported selector, an unloaded stylesheet): then its value is unknown.
 */
public final class ElementStyle {
  /** No declaration, nothing uncertain. */
  public static final ElementStyle EMPTY = new ElementStyle(Map.of(), Map.of(), java.util.Set.of(), false,
      java.util.Set.of());

  /** One winning declaration. */
  public record Declared(String value, boolean important) {}

  private final Map<String, Declared> declared;
  /** Uncertain properties, with why; {@code "*"} for all. */
  private final Map<String, UnknownStyle> uncertain;
  private final java.util.Set<String> inline;
  private final boolean generatedContent;
  private final java.util.Set<String> zoomDependent;
  /** {@link Rendering#isVisuallyHiddenBox} of this style: 0 not computed yet, 1 true, 2 false. */
  byte visuallyHiddenBox;

  /**
   * @param declared the winning declaration per (lower-case) property
   * @param uncertain properties some unevaluated rule could change; {@code "*"} for all
   * @param inline properties the element's own {@code style} attribute declares (a declaration there
   *     beats every normal declaration of a sheet, read or not)
   * @param generatedContent whether a {@code ::before}/{@code ::after} rule with {@code content} matches
   */
  public static ElementStyle of(Map<String, Declared> declared, java.util.Set<String> uncertain,
                                java.util.Set<String> inline, boolean generatedContent) {
    Map<String, UnknownStyle> why = new java.util.HashMap<>();
    for (String p : uncertain) why.put(p, UnknownStyle.OTHER);
    return of(declared, why, inline, generatedContent);
  }

  /**
   * As {@link #of(Map, java.util.Set, java.util.Set, boolean)}, each uncertain property with why
   * it cannot be known.
   */
  public static ElementStyle of(Map<String, Declared> declared, Map<String, UnknownStyle> uncertain,
                                java.util.Set<String> inline, boolean generatedContent) {
    return of(declared, uncertain, inline, generatedContent, java.util.Set.of());
  }

  /**
   * As above, with the properties a rule that applies differently when the page is zoomed to 200%
   * declares (media queries for narrower or denser screens).
   */
  public static ElementStyle of(Map<String, Declared> declared, Map<String, UnknownStyle> uncertain,
                                java.util.Set<String> inline, boolean generatedContent, java.util.Set<String> zoomDependent) {
    if (declared.isEmpty() && uncertain.isEmpty() && inline.isEmpty() && !generatedContent && zoomDependent.isEmpty()) {
      return EMPTY;
    }
    return new ElementStyle(declared, uncertain, inline, generatedContent, zoomDependent);
  }

  private ElementStyle(Map<String, Declared> declared, Map<String, UnknownStyle> uncertain, java.util.Set<String> inline,
                       boolean generatedContent, java.util.Set<String> zoomDependent) {
    this.zoomDependent = java.util.Set.copyOf(zoomDependent);
    this.declared = Map.copyOf(declared);
    this.uncertain = Map.copyOf(uncertain);
    this.inline = java.util.Set.copyOf(inline);
    this.generatedContent = generatedContent;
  }

  /** The declared value of a property (lower-case name), or empty when nothing declares it. */
  public Optional<String> declared(String property) {
    if (declared.isEmpty()) return Optional.empty();
    Declared d = declared.get(property);
    return d == null ? Optional.empty() : Optional.of(d.value());
  }

  /** True when some rule that could change this property could not be evaluated statically. */
  public boolean isUncertain(String property) {
    if (uncertain.isEmpty()) return false;
    return uncertain.containsKey(property) || uncertain.containsKey("*");
  }

  /** Why a property is uncertain, or empty when it is not. */
  public java.util.Optional<UnknownStyle> unknownBecause(String property) {
    if (uncertain.isEmpty()) return java.util.Optional.empty();
    UnknownStyle why = uncertain.get(property);
    return java.util.Optional.ofNullable(why != null ? why : uncertain.get("*"));
  }

  /** Why some property of this element is uncertain (one of the reasons), or empty when none is. */
  public java.util.Optional<UnknownStyle> anyUnknown() {
    return uncertain.values().stream().min(java.util.Comparator.naturalOrder());
  }

  /** True when a rule that applies differently with the page zoomed to 200% declares this property. */
  public boolean changesWhenZoomed(String property) {
    return !zoomDependent.isEmpty() && zoomDependent.contains(property);
  }

  /** True when the element's {@code style} attribute declares this property. */
  public boolean isDeclaredInline(String property) {
    return !inline.isEmpty() && inline.contains(property);
  }

  /** True when a ::before / ::after rule with {@code content} matches this element. */
  public boolean hasGeneratedContent() {
    return generatedContent;
  }

  /** The declared value of each property, by property name. */
  public Map<String, Declared> declarations() {
    return declared;
  }
}
