package org.curbcut.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link PageLoader#read} hands a repair: the page, its encoding and bytes, and a parser for its repairs. */
class LoadedPageTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private final PageLoader loader = new PageLoader(PageLoader.Options.defaults());

  @TempDir Path dir;

  @Test
  void bytesInAreDecodedWithTheContentTypesCharsetAndKeptForTheWayBack() throws Exception {
    byte[] body = "<p>caf\u00e9</p>".getBytes(WINDOWS_1252);
    LoadedPage p = loader.read(PageInput.of(body, "text/html; charset=windows-1252", "https://example.org/a/"));
    assertThat(p.page().select("p").get(0).textContent()).isEqualTo("caf\u00e9");
    assertThat(p.encoding().charset()).isEqualTo(WINDOWS_1252);
    assertThat(p.originalBytes()).containsSame(body);
    assertThat(p.name()).isEqualTo("https://example.org/a/");
    assertThat(p.page().baseUri()).isEqualTo("https://example.org/a/");
  }

  @Test
  void aPageSavedToAFileIsWrittenInTheEncodingItsTextDeclares() throws Exception {
    byte[] body = "<p>caf\u00e9</p>".getBytes(WINDOWS_1252);
    LoadedPage p = loader.read(PageInput.of(body, "text/html; charset=windows-1252", "https://example.org/"));
    LoadedPage file = p.forFile();
    assertThat(file.encoding()).isEqualTo(PageEncoding.UTF_8);
    assertThat(file.originalBytes()).isEmpty();
    assertThat(file.page()).isSameAs(p.page());
  }

  @Test
  void aRepairedTextIsParsedWithTheSameStylesheetsReadOnce() throws Exception {
    List<String> asked = new ArrayList<>();
    PageInput in = PageInput.ofText("<link rel=stylesheet href=s.css><p class=h>x</p>", "https://example.org/")
        .named("shop.html")
        .withStylesheets(href -> {
          asked.add(href);
          return Optional.of(".h{display:none}");
        });
    LoadedPage p = loader.read(in);
    Page again = p.reparse("<link rel=stylesheet href=s.css><p class=h lang=en>x</p>");
    assertThat(Rendering.isRendered(again.select("p").get(0))).isEqualTo(Tri.FALSE);
    assertThat(again.source()).isEqualTo("shop.html");
    assertThat(again.baseUri()).isEqualTo("https://example.org/");
    assertThat(asked).containsExactly("s.css");
  }

  @Test
  void aTextInIsWrittenBackInItsDeclaredEncodingWithoutOriginalBytes() throws Exception {
    LoadedPage p = loader.read(PageInput.ofText("<meta charset=windows-1252><p>x", null));
    assertThat(p.encoding().charset()).isEqualTo(WINDOWS_1252);
    assertThat(p.originalBytes()).isEmpty();
    assertThat(p.name()).isEqualTo("page");
  }

  @Test
  void svgIsANonHtmlDocumentAndOtherTypesAreRefused() throws Exception {
    byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><title>t</title></svg>".getBytes(StandardCharsets.UTF_8);
    assertThat(loader.read(PageInput.of(svg, "image/svg+xml", "")).page().isHtmlDocument()).isFalse();
    assertThatThrownBy(() -> loader.read(PageInput.of(svg, "application/json", "https://example.org/x")))
        .isInstanceOf(LoadException.class)
        .hasMessage("cannot read https://example.org/x: not an HTML page (Content-Type: application/json)");
  }

  @Test
  void aPageOverTheSizeLimitIsRefused() {
    PageLoader small = new PageLoader(PageLoader.Options.defaults().withMaxBytes(1000));
    assertThatThrownBy(() -> small.read(PageInput.of(new byte[3000], null, null)))
        .isInstanceOf(LoadException.class).hasMessageContaining("too large");
  }

  @Test
  void aFileKeepsItsBytesAndByteOrderMark() throws Exception {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>', 'x'};
    Path f = Files.write(dir.resolve("bom.html"), bytes);
    LoadedPage p = loader.read(loader.resolve(f.toString()).get(0).source());
    assertThat(p.text()).isEqualTo("<p>x");
    assertThat(p.encoding().bom()).hasSize(3);
    assertThat(p.originalBytes().orElseThrow()).isEqualTo(bytes);
    assertThat(p.forFile()).isSameAs(p);
  }

  @Test
  void aFileReadsEachStylesheetOnceEvenWhenLinkedTwice() throws Exception {
    Files.writeString(dir.resolve("s.css"), ".h{display:none}");
    Path f = Files.writeString(dir.resolve("p.html"),
        "<link rel=stylesheet href=s.css><link rel=stylesheet href=/s.css><p class=h>x</p>");
    LoadedPage p = loader.read(loader.resolve(f.toString()).get(0).source());
    assertThat(p.page().isStyleComplete()).isTrue();
    Files.delete(dir.resolve("s.css"));
    assertThat(p.reparse(p.text()).isStyleComplete()).as("the repair sees the sheets the original saw").isTrue();
  }
}
