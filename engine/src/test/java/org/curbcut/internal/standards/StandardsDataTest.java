package org.curbcut.internal.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.standards.Autofill.Kind;
import org.junit.jupiter.api.Test;

/** The plain data files of the standards package are read whole and answer as the standards say. */
class StandardsDataTest {
  private final HtmlStandards html = HtmlStandards.get();

  @Test
  void blockElementsAreTheUserAgentSheetBlocks() {
    assertThat(html.isBlockLevel("div")).isTrue();
    assertThat(html.isBlockLevel("li")).isTrue();
    assertThat(html.isBlockLevel("frameset")).isTrue();
    assertThat(html.isBlockLevel("span")).isFalse();
    assertThat(html.isBlockLevel("button")).isFalse();
    assertThat(html.set("blockElements")).hasSize(57);
  }

  @Test
  void inputTypesHaveTheirStatesAndGroups() {
    assertThat(html.inputTypeState("datetime-local")).isEqualTo("datetime-local");
    assertThat(html.inputTypeState("datetime")).isEqualTo("text");
    assertThat(html.inputTypeState("")).isEqualTo("text");
    assertThat(html.inputTypeState(null)).isEqualTo("text");
    assertThat(html.isTextEntryInputType("search")).isTrue();
    assertThat(html.isTextEntryInputType("password")).isFalse();
    assertThat(html.isButtonInputType("image")).isTrue();
    assertThat(html.isButtonInputType("checkbox")).isFalse();
    assertThat(html.isFreeTextInputType("password")).isTrue();
    assertThat(html.isFreeTextInputType("number")).isFalse();
    assertThat(html.isAutofillInputType("range")).isTrue();
    assertThat(html.isAutofillInputType("hidden")).isFalse();
    assertThat(html.isAutofillInputType("file")).isFalse();
  }

  @Test
  void autofillTokensHaveTheirKinds() {
    assertThat(Autofill.kind("given-name")).contains(Kind.FIELD);
    assertThat(Autofill.kind("email")).contains(Kind.CONTACT);
    assertThat(Autofill.kind("work")).contains(Kind.HINT);
    assertThat(Autofill.kind("billing")).contains(Kind.MODE);
    assertThat(Autofill.kind("webauthn")).contains(Kind.AFTER);
    assertThat(Autofill.kind("e-mail")).isEmpty();
  }

  @Test
  void primaryLanguageSubtagsComeFromTheRegistry() {
    assertThat(LanguageSubtags.isPrimaryLanguage("en")).isTrue();
    assertThat(LanguageSubtags.isPrimaryLanguage("haw")).isTrue();
    assertThat(LanguageSubtags.isPrimaryLanguage("iw")).isTrue();
    assertThat(LanguageSubtags.isPrimaryLanguage("eng")).isFalse();
    assertThat(LanguageSubtags.isPrimaryLanguage("qtz")).isTrue();
    assertThat(LanguageSubtags.isPrimaryLanguage("qzz")).isFalse();
    assertThat(LanguageSubtags.isPrimaryLanguage("xx")).isFalse();
  }

  @Test
  void namedColoursAreTheCssOnes() {
    assertThat(CssColors.all()).hasSize(148);
    assertThat(CssColors.named("rebeccapurple")).contains("#663399");
    assertThat(CssColors.named("transparent")).isEmpty();
  }

  @Test
  void elementCategoriesAndUserAgentStyle() {
    assertThat(html.isListElement("menu")).isTrue();
    assertThat(html.isListElement("dl")).isFalse();
    assertThat(html.isTokenizedAsText("xmp")).isTrue();
    assertThat(html.isTokenizedAsText("template")).isFalse();
    assertThat(html.isDisplayNone("template")).isTrue();
    assertThat(html.isDisplayNone("dialog")).isFalse();
    assertThat(html.userAgentStyle("font-size", "h2")).contains("1.5em");
    assertThat(html.userAgentStyle("font-size", "h1")).isEmpty();
    assertThat(html.userAgentStyle("font-weight", "th")).contains("bold");
    assertThat(html.userAgentStyle("color", "a")).isEmpty();
    assertThat(html.isLandmarkScopingRole("navigation")).isTrue();
    assertThat(html.isLandmarkScopingRole("banner")).isFalse();
  }

  @Test
  void everyElementSetNamesKnownElements() {
    for (String set : new String[] {"voidElements", "interactiveContent", "labelableElements", "disableableElements",
        "formControls", "sectioningContent", "landmarkScopingElements", "headingElements", "blockElements",
        "listElements", "tableRowGroups", "tableParts", "fieldElements", "altAttributeElements",
        "scriptSupportingElements", "pluginElements", "rawTextElements", "escapableRawTextElements", "tokenizedAsText",
        "unrenderedTextElements", "displayNoneElements", "atomicInlineElements", "textLevelElements",
        "monospaceElements", "focusableByDefault", "genericWhenRoleless"}) {
      assertThat(html.set(set)).as(set).isNotEmpty().allMatch(html::isKnownElement);
    }
    assertThat(html.isKnownElement("marquee")).isTrue();
    assertThat(html.isKnownElement("image")).isFalse();
    assertThat(html.isKnownElement("navigation")).isFalse();
  }
}
