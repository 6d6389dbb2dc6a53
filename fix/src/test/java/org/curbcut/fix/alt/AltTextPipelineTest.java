package org.curbcut.fix.alt;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.curbcut.fix.Confidence;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AltTextPipelineTest {
  @TempDir Path site;

  private static Element img(String html) {
    return HtmlSnapshot.parse(html, "t.html").select("img").get(0);
  }

  private static Optional<Description> decorative(String html) {
    return new DecorativeDescriber().describe(new ImageInput(img(html), Optional::empty));
  }

  @Test
  void spacersPixelsAndRedundantImagesAreDecorative() {
    assertThat(decorative("<img src=/img/spacer.gif>").orElseThrow().alt()).isEmpty();
    assertThat(decorative("<img src=t.php?id=5 width=1 height=1>")).isPresent();
    assertThat(decorative("<a href=/help><img src=help.png> Help centre</a>").orElseThrow().confidence())
        .isEqualTo(Confidence.LIKELY);
    assertThat(decorative("<a href=/help><img src=help.png></a>")).isEmpty();
    assertThat(decorative("<img src=team-photo.jpg width=400 height=300>")).isEmpty();
    assertThat(decorative("<img src=../../366/logo_bana/corner_1.gif width=7 height=7>").orElseThrow().provenance())
        .contains("border or rule");
    assertThat(decorative("<img src=../bar.gif width=535 height=15 border=0>")).isPresent();
    assertThat(decorative("<img src=bar-chart.png width=535 height=300>")).isEmpty();
    assertThat(decorative("<img src=share.jpg style=\"position:absolute; bottom:-9999px; left:-9999px;\">")).isPresent();
    assertThat(decorative("<img src=https://t.example/p.gif style=\"width: 0px; height: 0px\">")).isPresent();
    assertThat(decorative("<img src=chart.png style=\"width: 50%\">")).isEmpty();
    // a link named by its title: the thumbnails inside it would only repeat the name
    assertThat(decorative("<a href=/s/1 title=\"Frank unloads on the budget\"><span><img data-src=t.jpg></span></a>")
        .orElseThrow().provenance()).contains("named by its title");
  }

  @Test
  void aStatusIconIsNamedOnlyWhenItsFileNameAndItsCellsClassAgree() {
    ContextDescriber c = new ContextDescriber();
    Optional<Description> notFinished = c.describe(new ImageInput(
        img("<table><tr><td class=not_finished><img src=\"https://cdn.example/fff-277-not-finished-2.png\" width=20px></td></tr></table>"),
        Optional::empty));
    assertThat(notFinished.orElseThrow().alt()).isEqualTo("Not finished");
    assertThat(notFinished.get().confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
    // the class says nothing the file says, the class names a kind of image, or the image is not icon-sized
    assertThat(c.describe(new ImageInput(img("<td class=done><img src=finished.png width=20></td>"), Optional::empty))).isEmpty();
    assertThat(c.describe(new ImageInput(img("<span class=icon><img src=icon.png width=16></span>"), Optional::empty))).isEmpty();
    assertThat(c.describe(new ImageInput(img("<td class=finished><img src=finished.png width=300></td>"), Optional::empty))).isEmpty();
  }

  @Test
  void contextComesFromCaptionsAndLinkTargetsNeverTheFileNameAlone() {
    ContextDescriber c = new ContextDescriber();
    assertThat(c.describe(new ImageInput(img("<figure><img src=a.jpg><figcaption>Our garden group in May</figcaption></figure>"),
        Optional::empty)).orElseThrow().alt()).isEqualTo("Our garden group in May");
    assertThat(c.describe(new ImageInput(img("<a href='https://www.facebook.com/clinic'><img src=fb.png></a>"),
        Optional::empty)).orElseThrow().alt()).isEqualTo("Facebook");
    assertThat(c.describe(new ImageInput(img("<a href='/about-us.html'><img src=x.png></a>"), Optional::empty))
        .orElseThrow().alt()).isEqualTo("About us");
    assertThat(c.describe(new ImageInput(img("<img src=happy-family-photo.jpg>"), Optional::empty))).isEmpty();
  }

  @Test
  void describesEachDistinctImageOnceAndStopsAtTheFirstAnswer() throws Exception {
    Files.write(site.resolve("a.png"), TestImages.flat(Color.GREEN, 20, 20));
    Files.write(site.resolve("b.png"), TestImages.flat(Color.GREEN, 20, 20));
    Files.writeString(site.resolve("p.html"), "<img src=a.png><img src=b.png><img src=missing.png>");
    AtomicInteger calls = new AtomicInteger();
    ImageDescriber counting = new ImageDescriber() {
      @Override
      public String name() {
        return "counting";
      }

      @Override
      public Optional<Description> describe(ImageInput image) {
        calls.incrementAndGet();
        return image.bytes().map(b -> new Description("green", "test", Confidence.NEEDS_REVIEW));
      }
    };
    AltTextPipeline p = new AltTextPipeline(List.of(new DecorativeDescriber(), counting),
        ImageFetcher.defaults(site));
    Page page = HtmlSnapshot.parse(Files.readString(site.resolve("p.html")), site.resolve("p.html").toString());
    List<Element> imgs = page.select("img");
    assertThat(p.describe(imgs.get(0)).orElseThrow().alt()).isEqualTo("green");
    assertThat(p.describe(imgs.get(1)).orElseThrow().alt()).isEqualTo("green");
    assertThat(calls.get()).isEqualTo(1);
    assertThat(p.describe(imgs.get(2))).isEmpty();
  }

  @Test
  void neverReadsFilesOutsideTheSite() throws Exception {
    Path outside = Files.createTempFile("secret", ".png");
    Files.write(outside, TestImages.flat(Color.RED, 4, 4));
    Page page = HtmlSnapshot.parse("<img src='../" + outside.getFileName() + "'><img src='" + outside + "'>",
        site.resolve("p.html").toString());
    ImageFetcher f = ImageFetcher.defaults(site);
    assertThat(f.fetch(page.select("img").get(0))).isEmpty();
    assertThat(f.fetch(page.select("img").get(1))).isEmpty();
    Files.delete(outside);
  }
}
