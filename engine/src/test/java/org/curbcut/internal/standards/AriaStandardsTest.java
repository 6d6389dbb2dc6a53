package org.curbcut.internal.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AriaStandardsTest {
  private final AriaStandards aria = AriaStandards.get();

  private RoleSpec role(String name) {
    return aria.role(name).orElseThrow();
  }

  @Test
  void listitemNeedsAList() {
    assertThat(role("listitem").requiredContextRoles()).contains("list");
    assertThat(role("list").requiredOwnedElements()).containsExactly("listitem");
  }

  @Test
  void buttonSupportsPressedAndExpandedAndHasPresentationalChildren() {
    RoleSpec button = role("button");
    assertThat(button.supportedAttributes()).contains("aria-pressed", "aria-expanded", "aria-label", "aria-describedby");
    assertThat(button.supports("aria-checked")).isFalse();
    assertThat(button.childrenPresentational()).isTrue();
    assertThat(button.nameFromContents()).isTrue();
    assertThat(button.superclassRoles()).containsExactlyInAnyOrder("command", "widget", "roletype");
  }

  @Test
  void ariaCheckedIsATristateState() {
    AttributeSpec checked = aria.attribute("aria-checked").orElseThrow();
    assertThat(checked.type()).isEqualTo(ValueType.TRISTATE);
    assertThat(checked.isState()).isTrue();
    assertThat(checked.isGlobal()).isFalse();
    assertThat(aria.attribute("aria-label").orElseThrow().isState()).isFalse();
    assertThat(aria.attribute("aria-live").orElseThrow().allowedValues()).containsExactly("assertive", "off", "polite");
    assertThat(aria.attribute("aria-grabbed").orElseThrow().isDeprecated()).isTrue();
    assertThat(aria.attribute("aria-foo")).isEmpty();
  }

  @Test
  void namingIsProhibitedOnGenericAndFriends() {
    for (String r : new String[] {"caption", "code", "deletion", "emphasis", "generic", "insertion", "paragraph",
        "presentation", "none", "strong", "subscript", "superscript"}) {
      assertThat(role(r).prohibitedAttributes()).as(r).contains("aria-label", "aria-labelledby");
      assertThat(role(r).supports("aria-label")).as(r).isFalse();
      assertThat(role(r).nameProhibited()).as(r).isTrue();
    }
    assertThat(role("generic").supports("aria-describedby")).isTrue();
    assertThat(role("button").prohibitedAttributes()).isEmpty();
  }

  @Test
  void requiredAttributesAndImplicitValues() {
    assertThat(role("checkbox").requiredAttributes()).containsExactly("aria-checked");
    assertThat(role("slider").requiredAttributes()).containsExactly("aria-valuenow");
    assertThat(role("heading").implicitValue("aria-level")).contains("2");
    assertThat(role("slider").implicitValue("aria-orientation")).contains("horizontal");
    assertThat(role("combobox").implicitValue("aria-expanded")).contains("false");
    assertThat(role("switch").supports("aria-readonly")).isTrue();
    assertThat(role("treegrid").supports("aria-multiselectable")).isTrue();
    assertThat(role("menuitemradio").requiredContextRoles()).containsExactly("group", "menu", "menubar");
    assertThat(role("menu").requiredOwnedElements()).contains("group > menuitem", "menuitemcheckbox");
  }

  @Test
  void abstractAndDeprecatedRoles() {
    assertThat(role("widget").isAbstract()).isTrue();
    assertThat(aria.isConcreteRole("landmark")).isFalse();
    assertThat(aria.isConcreteRole("navigation")).isTrue();
    assertThat(aria.isConcreteRole("doc-chapter")).isTrue();
    assertThat(aria.isConcreteRole("graphics-symbol")).isTrue();
    assertThat(aria.isConcreteRole("foo")).isFalse();
    assertThat(role("directory").isDeprecated()).isTrue();
  }

  @Test
  void everyConcreteAria12RoleIsThere() {
    String[] core = {"alert", "alertdialog", "application", "article", "banner", "blockquote", "button", "caption",
        "cell", "checkbox", "code", "columnheader", "combobox", "complementary", "contentinfo", "definition",
        "deletion", "dialog", "directory", "document", "emphasis", "feed", "figure", "form", "generic", "grid",
        "gridcell", "group", "heading", "img", "insertion", "link", "list", "listbox", "listitem", "log", "main",
        "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "meter",
        "navigation", "none", "note", "option", "paragraph", "presentation", "progressbar", "radio", "radiogroup",
        "region", "row", "rowgroup", "rowheader", "scrollbar", "search", "searchbox", "separator", "slider",
        "spinbutton", "status", "strong", "subscript", "superscript", "switch", "tab", "table", "tablist",
        "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip", "tree", "treegrid", "treeitem"};
    for (String r : core) assertThat(aria.isConcreteRole(r)).as(r).isTrue();
  }

  @Test
  void htmlFacts() {
    HtmlStandards html = HtmlStandards.get();
    assertThat(html.isVoid("img")).isTrue();
    assertThat(html.isVoid("div")).isFalse();
    assertThat(html.isLabelable("meter")).isTrue();
    assertThat(html.isInteractiveContent("button")).isTrue();
    assertThat(html.unconditionalImplicitRole("ul")).contains("list");
    assertThat(html.unconditionalImplicitRole("a")).isEmpty();
    for (String el : new String[] {"ul", "ol", "li", "nav", "main", "aside", "dd", "dt", "hr", "output", "tr", "tbody"}) {
      String role = html.unconditionalImplicitRole(el).orElseThrow();
      assertThat(aria.isConcreteRole(role)).as(el + " -> " + role).isTrue();
    }
  }

  @Test
  void theLandmarkRolesAreThoseOfAriaItself() {
    assertThat(aria.landmarkRoles()).containsExactly("banner", "complementary", "contentinfo", "form", "main",
        "navigation", "region", "search");
  }
}
