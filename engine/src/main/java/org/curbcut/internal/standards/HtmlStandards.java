package org.curbcut.internal.standards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about HTML elements the rules and ARIA semantics need, read once from {@code html.json}
 * next to this class (void elements, content categories, labelable and disableable elements, the
 * unconditional implicit ARIA roles of HTML-AAM) and from {@code html-block-elements.txt} (what the
 * user-agent style sheet lays out as blocks). Element names are lower case.
 */
public final class HtmlStandards {
  private static volatile HtmlStandards instance;

  private final Map<String, Set<String>> sets;
  private final Map<String, String> implicitRoles;
  private final Map<String, Set<String>> nativeEquivalents;
  private final Map<String, Set<String>> inputTypes;
  private final Map<String, Map<String, String>> userAgentStyle;

  private HtmlStandards(Map<String, Set<String>> sets, Map<String, String> implicitRoles,
      Map<String, Set<String>> nativeEquivalents, Map<String, Set<String>> inputTypes,
      Map<String, Map<String, String>> userAgentStyle) {
    this.sets = sets;
    this.implicitRoles = implicitRoles;
    this.nativeEquivalents = nativeEquivalents;
    this.inputTypes = inputTypes;
    this.userAgentStyle = userAgentStyle;
  }

  public static HtmlStandards get() {
    HtmlStandards s = instance;
    if (s == null) {
      synchronized (HtmlStandards.class) {
        if (instance == null) instance = load();
        s = instance;
      }
    }
    return s;
  }

  /**
   * True for the name of an HTML element: one of the HTML Living Standard's element index (svg and
   * math included) or an obsolete element parsers still know (center, font, marquee, …).
   */
  public boolean isKnownElement(String name) {
    return in("elements", name) || in("obsoleteElements", name);
  }

  /** Void elements have no end tag and no content (img, input, br, …). */
  public boolean isVoid(String element) {
    return in("voidElements", element);
  }

  /**
   * Elements that are interactive content by name. Some only conditionally (a with href,
   * audio/video with controls, img with usemap, input not hidden): callers check the condition.
   */
  public boolean isInteractiveContent(String element) {
    return in("interactiveContent", element);
  }

  /** Elements a {@code label} can label (input only when not type=hidden). */
  public boolean isLabelable(String element) {
    return in("labelableElements", element);
  }

  /** Elements the {@code disabled} attribute applies to. */
  public boolean isDisableable(String element) {
    return in("disableableElements", element);
  }

  /** button, input, select, textarea. */
  public boolean isFormControl(String element) {
    return in("formControls", element);
  }

  /** article, aside, nav, section. */
  public boolean isSectioningContent(String element) {
    return in("sectioningContent", element);
  }

  /** Elements that keep header/footer from being page-wide banner/contentinfo (HTML-AAM). */
  public boolean isLandmarkScoping(String element) {
    return in("landmarkScopingElements", element);
  }

  /** The roles that keep header/footer from being page-wide, as their elements do (HTML-AAM). */
  public boolean isLandmarkScopingRole(String role) {
    return in("landmarkScopingRoles", role);
  }

  /** h1 to h6. */
  public boolean isHeading(String element) {
    return in("headingElements", element);
  }

  /**
   * Elements the HTML user-agent style sheet lays out as blocks (display block, list-item, table
   * and its parts): their rendered text is set apart from the text around them.
   */
  public boolean isBlockLevel(String element) {
    return in("blockElements", element);
  }

  /** True for a keyword of one of the input element's type states (lower case). */
  public boolean isKnownInputType(String type) {
    return inType("known", type);
  }

  /**
   * The state of an input whose {@code type} attribute is {@code type} (trimmed, lower case):
   * the keyword itself when known, else {@code text} (absent, empty and unknown values are the
   * Text state).
   */
  public String inputTypeState(String type) {
    return type != null && isKnownInputType(type) ? type : "text";
  }

  /** text, search, email, tel, url: the types HTML-AAM maps to a textbox (or searchbox, or combobox with a list). */
  public boolean isTextEntryInputType(String type) {
    return inType("textEntry", type);
  }

  /** button, submit, reset, image. */
  public boolean isButtonInputType(String type) {
    return inType("button", type);
  }

  /** text, search, tel, url, email, password: the types pattern, maxlength, minlength and placeholder apply to. */
  public boolean isFreeTextInputType(String type) {
    return inType("freeText", type);
  }

  /** The types whose {@code autocomplete} attribute names an autofill field (every type but hidden, the buttons, checkbox, radio and file). */
  public boolean isAutofillInputType(String type) {
    return inType("autofill", type);
  }

  private boolean inType(String group, String type) {
    return inputTypes.getOrDefault(group, Set.of()).contains(type);
  }

  /** menu, ol, ul: the elements whose children are list items. */
  public boolean isListElement(String element) {
    return in("listElements", element);
  }

  /** tbody, tfoot, thead. */
  public boolean isTableRowGroup(String element) {
    return in("tableRowGroups", element);
  }

  /** The elements a table is made of: caption, col, colgroup, the row groups, tr, td, th. */
  public boolean isTablePart(String element) {
    return in("tableParts", element);
  }

  /** input, select, textarea: the elements the required attribute and autofill field names apply to. */
  public boolean isFieldElement(String element) {
    return in("fieldElements", element);
  }

  /** area, img, input: the elements the alt attribute applies to (input only as an image button). */
  public boolean takesAlt(String element) {
    return in("altAttributeElements", element);
  }

  /** script, template. */
  public boolean isScriptSupporting(String element) {
    return in("scriptSupportingElements", element);
  }

  /** applet, embed, object: the elements that can run a plugin. */
  public boolean isPluginElement(String element) {
    return in("pluginElements", element);
  }

  /** script, style: the raw text elements. */
  public boolean isRawText(String element) {
    return in("rawTextElements", element);
  }

  /** textarea, title: the escapable raw text elements. */
  public boolean isEscapableRawText(String element) {
    return in("escapableRawTextElements", element);
  }

  /**
   * The elements whose content the HTML tokenizer reads as text, not markup (RCDATA, RAWTEXT,
   * script data and PLAINTEXT): an end tag the parser implies for one of them runs to the end of
   * the file.
   */
  public boolean isTokenizedAsText(String element) {
    return in("tokenizedAsText", element);
  }

  /** noscript, script, style, template: the elements whose text children are not rendered text. */
  public boolean hasUnrenderedText(String element) {
    return in("unrenderedTextElements", element);
  }

  /** What the user-agent style sheet gives {@code display: none} (noscript too: scripting is assumed on). */
  public boolean isDisplayNone(String element) {
    return in("displayNoneElements", element);
  }

  /** Replaced elements and widgets the user-agent style sheet lays out as atomic inlines (inline-block). */
  public boolean isAtomicInline(String element) {
    return in("atomicInlineElements", element);
  }

  /** Phrasing elements that stay inline and only mark up a run of text (span, em, a, code, …). */
  public boolean isTextLevel(String element) {
    return in("textLevelElements", element);
  }

  /** The elements the user-agent style sheet sets in a monospace font. */
  public boolean isMonospace(String element) {
    return in("monospaceElements", element);
  }

  /** Whether a script {@code type} (lower case, without parameters) names JavaScript, so the script runs. */
  public boolean isJavaScriptMimeType(String type) {
    int semicolon = type.indexOf(';');
    return in("javaScriptMimeTypes", (semicolon < 0 ? type : type.substring(0, semicolon)).strip());
  }

  /** button, iframe, select, textarea: focusable with no condition (other focusable elements have one). */
  public boolean isFocusableByDefault(String element) {
    return in("focusableByDefault", element);
  }

  /** a, aside, section: HTML-AAM maps them to generic when the condition for their role fails. */
  public boolean isGenericWhenRoleless(String element) {
    return in("genericWhenRoleless", element);
  }

  /** The HTML attributes (not ARIA's) whose value is an ID or a list of IDs: for, headers, form, list, … */
  public Set<String> idReferenceAttributes() {
    return set("idReferenceAttributes");
  }

  /**
   * The value the user-agent style sheet gives {@code property} on the element, as far as the data
   * file records it (font-size and font-weight); empty otherwise.
   */
  public Optional<String> userAgentStyle(String property, String element) {
    return Optional.ofNullable(userAgentStyle.getOrDefault(property, Map.of()).get(element));
  }

  /** The implicit role an element always has (HTML-AAM), when it does not depend on attributes or context. */
  public Optional<String> unconditionalImplicitRole(String element) {
    return Optional.ofNullable(implicitRoles.get(element));
  }

  /**
   * True when the host language gives an element of this name (and, for input, this type) the
   * value of the ARIA attribute, e.g. {@code aria-checked} on a checkbox input.
   *
   * @param inputType the input's type (lower case) or null for other elements
   */
  public boolean providesNatively(String attr, String element, String inputType) {
    Set<String> s = nativeEquivalents.getOrDefault(attr, Set.of());
    return s.contains(element) || (inputType != null && element.equals("input") && s.contains("input:" + inputType));
  }

  /** A named element set of the data file (e.g. "voidElements"), empty when unknown. */
  public Set<String> set(String name) {
    return sets.getOrDefault(name, Set.of());
  }

  private boolean in(String set, String element) {
    return sets.getOrDefault(set, Set.of()).contains(element);
  }

  private static HtmlStandards load() {
    JsonNode root;
    try (InputStream in = HtmlStandards.class.getResourceAsStream("html.json")) {
      if (in == null) throw new IllegalStateException("missing resource html.json");
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> sets = new LinkedHashMap<>(arrays(root));
    sets.put("blockElements", Set.copyOf(DataFiles.lines("html-block-elements.txt")));
    Map<String, String> roles = new LinkedHashMap<>();
    root.get("implicitRoles").fields().forEachRemaining(f -> roles.put(f.getKey(), f.getValue().asText()));
    Map<String, Set<String>> nat = arrays(root.get("nativeAttributeEquivalents"));
    Map<String, Set<String>> types = arrays(root.get("inputTypes"));
    for (Set<String> group : types.values()) {
      if (!types.get("known").containsAll(group)) throw new IllegalStateException("html.json: unknown input type in " + group);
    }
    Map<String, Map<String, String>> ua = new LinkedHashMap<>();
    root.get("userAgentStyle").fields().forEachRemaining(property -> {
      if (!property.getValue().isObject()) return;
      Map<String, String> values = new LinkedHashMap<>();
      property.getValue().fields().forEachRemaining(v -> values.put(v.getKey(), v.getValue().asText()));
      ua.put(property.getKey(), Map.copyOf(values));
    });
    return new HtmlStandards(Map.copyOf(sets), Map.copyOf(roles), nat, types, Map.copyOf(ua));
  }

  /** The array-valued fields of an object, as sets of strings by field name. */
  private static Map<String, Set<String>> arrays(JsonNode object) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(f -> {
      if (f.getValue().isArray()) {
        Set<String> s = new LinkedHashSet<>();
        f.getValue().forEach(n -> s.add(n.asText()));
        out.put(f.getKey(), Set.copyOf(s));
      }
    });
    return Map.copyOf(out);
  }
}
