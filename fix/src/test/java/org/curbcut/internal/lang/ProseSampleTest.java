package org.curbcut.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;

class ProseSampleTest {
  private static String sample(String body) {
    Page page = HtmlSnapshot.parse("<!doctype html><html><head><title>Site</title></head><body>" + body + "</body></html>", "t.html");
    return ProseSample.of(page, Aria.of(page)::role);
  }

  @Test
  void takesTheSentencesOfTheArticleAndLeavesTheMenusOut() {
    String s = sample("<nav><a href=/>Home</a> Our TV Shows Enter your Zip Code Got a Tip Call us or Click Here</nav>"
        + "<header><p>Celebrity news, videos, photos and the stories behind them, every day</p></header>"
        + "<ul role=menu><li role=menuitem>Celebs and their latest videos and photos from this week</li></ul><h1>Headline</h1>"
        + "<p>The council met on Tuesday evening and agreed to keep the library open <a href=/x>until nine</a> for the summer, "
        + "when the schools are closed.</p>");
    assertThat(s).isEqualTo("The council met on Tuesday evening and agreed to keep the library open for the summer, when the schools are closed.");
  }

  @Test
  void aMenuOfNamesInTitleCaseIsNotProseHoweverLong() {
    // the start of a real news page that Lingua called German at full confidence
    String menu = "TMZ Our TV Shows Enter Your Zip Code Got A Tip Call TMZ Celebs Videos Photos TMZ SPORTS TMZ TV Store "
        + "TMZ TOURS HOLLYWOOD NEW YORK Sign In Register Drake Assaulted In Dubai Nightclub";
    assertThat(ProseSample.refusal(menu)).contains(ProseSample.Refusal.TOO_LITTLE);
  }

  @Test
  void fewWordsAreTooLittleAndLoremIpsumIsAPlaceholder() {
    assertThat(ProseSample.refusal("The library stays open late this summer.")).contains(ProseSample.Refusal.TOO_LITTLE);
    assertThat(ProseSample.refusal("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
        + "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris."))
        .contains(ProseSample.Refusal.PLACEHOLDER);
  }

  @Test
  void runningTextInCasedAndUnspacedScriptsIsAccepted() {
    assertThat(ProseSample.refusal("Die Stadtbibliothek bleibt in diesem Sommer jeden Dienstag und Donnerstag bis neun Uhr "
        + "geöffnet, damit auch Berufstätige nach der Arbeit noch in Ruhe lesen und Bücher ausleihen können.")).isEmpty();
    assertThat(ProseSample.refusal("図書館は今年の夏、毎週火曜日と木曜日に午後九時まで開館します。仕事の後でもゆっくり本を読んだり借りたりできるように、"
        + "市は開館時間を延ばすことを決めました。詳しくは窓口でお尋ねください。")).isEmpty();
  }

  @Test
  void sentencesBrokenUpByLineBreaksInALayoutTableAreStillTakenWhenNoBlockHoldsOne() {
    String lines = "A dog carried a bone|across a river bridge|and saw his reflection|in the still water.|He thought it was"
        + "|another dog with|a bigger bone,|and he barked.|The bone fell|into the river.";
    String s = sample("<table><tr><td><font size=+2>The Greedy Dog</font><br><font>" + lines.replace("|", "</font><br><font>")
        + "</font></td></tr></table>");
    assertThat(s).isEqualTo("The Greedy Dog " + lines.replace("|", " "));
    assertThat(ProseSample.refusal(s)).isEmpty();
  }
}
