package org.curbcut.internal.aria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AriaTest {

  /** Parses the fragment and returns the element with id "t". */
  private static Element target(String html) {
    Page p = HtmlSnapshot.parse(html, "t.html");
    return p.byId("t").orElseThrow();
  }

  private static String role(String html) {
    Element e = target(html);
    return Aria.of(e.page()).role(e).orElse("");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div id=t role='foo button link'>x</div>|button",
      "<div id=t role='BUTTON'>x</div>|button",
      "<div id=t role='widget'>x</div>|",
      "<div id=t role='widget link'>x</div>|link",
      "<div id=t role=''>x</div>|",
  })
  void explicitRoleIsFirstKnownConcreteToken(String html, String expected) {
    assertThat(role(html)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<a id=t href=x>x</a>|link",
      "<a id=t>x</a>|",
      "<map><area id=t href=x></map>|link",
      "<img id=t src=x alt=''>|presentation",
      "<img id=t src=x alt='' aria-label=logo>|img",
      "<img id=t src=x alt='' tabindex=0>|img",
      "<img id=t src=x alt='Logo'>|img",
      "<img id=t src=x>|img",
      "<input id=t>|textbox",
      "<input id=t type=email>|textbox",
      "<input id=t type=bogus>|textbox",
      "<input id=t type=text list=l>|combobox",
      "<input id=t type=search>|searchbox",
      "<input id=t type=checkbox>|checkbox",
      "<input id=t type=radio>|radio",
      "<input id=t type=range>|slider",
      "<input id=t type=number>|spinbutton",
      "<input id=t type=submit>|button",
      "<input id=t type=image alt=Go>|button",
      "<input id=t type=password>|",
      "<input id=t type=hidden>|",
      "<select id=t><option>a</select>|combobox",
      "<select id=t multiple><option>a</select>|listbox",
      "<select id=t size=4><option>a</select>|listbox",
      "<select><option id=t>a</select>|option",
      "<select><optgroup id=t><option>a</optgroup></select>|group",
      "<textarea id=t></textarea>|textbox",
      "<header id=t>x</header>|banner",
      "<article><header id=t>x</header></article>|",
      "<main><footer id=t>x</footer></main>|",
      "<footer id=t>x</footer>|contentinfo",
      "<section id=t>x</section>|",
      "<section id=t aria-label=News>x</section>|region",
      "<form id=t>x</form>|",
      "<form id=t title=Search>x</form>|form",
      "<aside id=t>x</aside>|complementary",
      "<article><aside id=t>x</aside></article>|",
      "<article><aside id=t aria-label=Related>x</aside></article>|complementary",
      "<nav id=t>x</nav>|navigation",
      "<main id=t>x</main>|main",
      "<article id=t>x</article>|article",
      "<h3 id=t>x</h3>|heading",
      "<ul id=t><li>x</ul>|list",
      "<ol><li id=t>x</ol>|listitem",
      "<menu id=t><li>x</menu>|list",
      "<table id=t><tr><td>x</table>|table",
      "<table><tr id=t><td>x</table>|row",
      "<table><tr><td id=t>x</table>|cell",
      "<table role=grid><tr><td id=t>x</table>|gridcell",
      "<table><tr><th id=t scope=row>x<td>y</table>|rowheader",
      "<table><tr><th id=t scope=col>x</table>|columnheader",
      "<table><tr><th id=t>x<th>y</table>|columnheader",
      "<table><tr><th id=t>x<td>y</table>|rowheader",
      "<table><thead id=t><tr><th>x</table>|rowgroup",
      "<dialog id=t open>x</dialog>|dialog",
      "<details id=t><summary>s</summary>x</details>|group",
      "<details><summary id=t>s</summary>x</details>|button",
      "<fieldset id=t>x</fieldset>|group",
      "<figure id=t>x</figure>|figure",
      "<hr id=t>|separator",
      "<progress id=t></progress>|progressbar",
      "<meter id=t></meter>|meter",
      "<output id=t></output>|status",
      "<datalist id=t></datalist>|listbox",
      "<dl><dt id=t>a<dd>b</dl>|term",
      "<dl><dt>a<dd id=t>b</dl>|definition",
      "<dfn id=t>x</dfn>|term",
      "<div id=t>x</div>|",
      "<span id=t>x</span>|",
      "<button id=t>x</button>|button",
      "<svg id=t></svg>|graphics-document",
  })
  void implicitRolesFollowHtmlAam(String html, String expected) {
    assertThat(role(html)).as(html).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void headingHasImplicitLevelData() {
    Element e = target("<h1 id=t>x</h1>");
    assertThat(Aria.of(e.page()).roleSpec(e).flatMap(r -> r.implicitValue("aria-level"))).contains("2");
  }

  @Test
  void genericIsReportedOnlyByRoleOrGeneric() {
    Element e = target("<div id=t>x</div>");
    Aria aria = Aria.of(e.page());
    assertThat(aria.role(e)).isEmpty();
    assertThat(aria.roleOrGeneric(e)).contains("generic");
    Element b = target("<button id=t>x</button>");
    assertThat(Aria.of(b.page()).roleOrGeneric(b)).contains("button");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<div id=t role=presentation>x</div>|presentation",
      "<nav id=t role=none>x</nav>|none",
      "<nav id=t role=none aria-label=Main>x</nav>|navigation",
      "<button id=t role=presentation>x</button>|button",
      "<h1 id=t role=none tabindex=-1>x</h1>|heading",
      "<button id=t role=none disabled>x</button>|none",
      "<img id=t role=presentation alt=Logo src=x>|presentation",
      "<ul role=none><li id=t>x</ul>|none",
      "<ul role=none><li id=t tabindex=0>x</ul>|listitem",
      "<table role=presentation><tr><td id=t>x</table>|none",
      "<table role=presentation><tr id=t><td>x</table>|none",
  })
  void presentationalRolesConflictResolution(String html, String expected) {
    assertThat(role(html)).as(html).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<p id=t>x</p>|FALSE",
      "<p id=t aria-hidden=true>x</p>|TRUE",
      "<div aria-hidden=true><p id=t>x</p></div>|TRUE",
      "<div aria-hidden=false><p id=t>x</p></div>|FALSE",
      "<p id=t hidden>x</p>|TRUE",
      "<div style='display:none'><p id=t>x</p></div>|TRUE",
      "<p id=t style='visibility:hidden'>x</p>|TRUE",
      "<div style='visibility:hidden'><p id=t style='visibility:visible'>x</p></div>|FALSE",
      "<div inert><p id=t>x</p></div>|TRUE",
      "<style>@media (prefers-reduced-data: reduce) { p { display: none } }</style><p id=t>x</p>|UNKNOWN",
      "<details><summary>s</summary><p id=t>x</p></details>|TRUE",
      "<details open><summary>s</summary><p id=t>x</p></details>|FALSE",
  })
  void hiddenFromAssistiveTechnology(String html, Tri expected) {
    Element e = target(html);
    assertThat(Aria.of(e.page()).isHiddenFromAT(e)).as(html).isEqualTo(expected);
  }

  @Test
  void ariaHiddenCrossesShadowBoundaries() {
    Page p = HtmlSnapshot.parse("<div aria-hidden=true id=host><template shadowrootmode=open><button>b</button></template></div>", "t");
    Element host = p.byId("host").orElseThrow();
    Element b = (Element) host.shadowRoot().children().get(0);
    assertThat(Aria.of(p).isHiddenFromAT(b)).isEqualTo(Tri.TRUE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<a id=t href=x>x</a>|TRUE|TRUE",
      "<a id=t>x</a>|FALSE|FALSE",
      "<button id=t>x</button>|TRUE|TRUE",
      "<button id=t disabled>x</button>|FALSE|FALSE",
      "<button id=t disabled tabindex=0>x</button>|FALSE|FALSE",
      "<fieldset disabled><input id=t></fieldset>|FALSE|FALSE",
      "<fieldset disabled><legend><input id=t></legend></fieldset>|TRUE|TRUE",
      "<input id=t type=hidden>|FALSE|FALSE",
      "<select id=t></select>|TRUE|TRUE",
      "<textarea id=t></textarea>|TRUE|TRUE",
      "<iframe id=t src=x></iframe>|TRUE|TRUE",
      "<details><summary id=t>s</summary></details>|TRUE|TRUE",
      "<summary id=t>s</summary>|FALSE|FALSE",
      "<div id=t contenteditable>x</div>|TRUE|TRUE",
      "<div id=t contenteditable=false>x</div>|FALSE|FALSE",
      "<video id=t controls></video>|TRUE|TRUE",
      "<video id=t></video>|FALSE|FALSE",
      "<div id=t tabindex=0>x</div>|TRUE|TRUE",
      "<div id=t tabindex=-1>x</div>|TRUE|FALSE",
      "<a id=t href=x tabindex=-1>x</a>|TRUE|FALSE",
      "<div id=t tabindex=abc>x</div>|FALSE|FALSE",
      "<div id=t tabindex=' 2'>x</div>|TRUE|TRUE",
      "<button id=t hidden>x</button>|FALSE|FALSE",
      "<div style='display:none'><button id=t>x</button></div>|FALSE|FALSE",
      "<button id=t style='visibility:hidden'>x</button>|FALSE|FALSE",
      "<div inert><button id=t>x</button></div>|FALSE|FALSE",
      "<style>@media (prefers-reduced-data: reduce) { button { display: none } }</style><button id=t>x</button>|UNKNOWN|UNKNOWN",
      "<button id=t aria-hidden=true>x</button>|TRUE|TRUE",
  })
  void focusAndTabOrder(String html, Tri focusable, Tri inTabOrder) {
    Element e = target(html);
    Aria aria = Aria.of(e.page());
    assertThat(aria.isFocusable(e)).as("focusable " + html).isEqualTo(focusable);
    assertThat(aria.isInTabOrder(e)).as("tab order " + html).isEqualTo(inTabOrder);
  }

  @Test
  void tabIndexParsing() {
    assertThat(Aria.tabIndex(target("<div id=t tabindex='-1'></div>"))).contains(-1);
    assertThat(Aria.tabIndex(target("<div id=t tabindex='3px'></div>"))).contains(3);
    assertThat(Aria.tabIndex(target("<div id=t tabindex=''></div>"))).isEqualTo(Optional.empty());
  }

  @Test
  void nameFromContentComesFromTheStandards() {
    Aria aria = Aria.of(HtmlSnapshot.parse("<p>x</p>", "t"));
    assertThat(aria.allowsNameFromContent("button")).isTrue();
    assertThat(aria.allowsNameFromContent("heading")).isTrue();
    assertThat(aria.allowsNameFromContent("navigation")).isFalse();
  }

  @Test
  void elementsOfSrcdocDocumentsAnswerFromTheirOwnPage() {
    Page p = HtmlSnapshot.parse("<iframe srcdoc=\"<section aria-labelledby=h><h2 id=h>News</h2></section>\"></iframe>", "t");
    Element section = p.select("iframe").get(0).contentDocument().select("section").get(0);
    assertThat(Aria.of(p).role(section)).contains("region");
  }
}
