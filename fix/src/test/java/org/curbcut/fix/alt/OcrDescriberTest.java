package org.curbcut.fix.alt;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Duration;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;

/** Needs the tesseract program (bin/test installs Debian's tesseract-ocr and tesseract-ocr-eng). */
class OcrDescriberTest {
  private final OcrDescriber ocr = new OcrDescriber();

  private static ImageInput image(byte[] bytes) {
    var img = HtmlSnapshot.parse("<img src=x.png>", "t.html").select("img").get(0);
    return new ImageInput(img, () -> Optional.of(bytes));
  }

  @Test
  void tesseractIsInstalled() {
    assertThat(ocr.available()).as("tesseract on PATH (apt-get install tesseract-ocr tesseract-ocr-eng)").isTrue();
  }

  @Test
  void readsTextDrawnIntoAnImageAsANeedsReviewDraft() {
    Description d = ocr.describe(image(TestImages.text("Open Saturdays 9 to 1"))).orElseThrow();
    assertThat(d.alt()).isEqualTo("Open Saturdays 9 to 1");
    assertThat(d.confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
    assertThat(d.provenance()).contains("OCR");
  }

  @Test
  void picturesWithoutTextGiveNothing() {
    assertThat(ocr.describe(image(TestImages.noise(7)))).isEmpty();
    assertThat(ocr.describe(image(TestImages.flat(Color.ORANGE, 200, 100)))).isEmpty();
  }

  @Test
  void aMissingProgramOrUnreadableBytesGiveNothing() {
    OcrDescriber absent = new OcrDescriber("no-such-tesseract-program", "eng", Duration.ofSeconds(2));
    assertThat(absent.available()).isFalse();
    assertThat(absent.describe(image(TestImages.text("Hello there")))).isEmpty();
    assertThat(ocr.describe(image(new byte[] {1, 2, 3}))).isEmpty();
  }

  @Test
  void keepsOnlyConfidentWords() {
    String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        + "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96\tFree\n"
        + "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t95\tworkshop\n"
        + "5\t1\t1\t1\t1\t3\t0\t0\t1\t1\t12\t~#\n"
        + "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t91\ttoday\n";
    assertThat(OcrDescriber.fromTsv(tsv)).contains("Free workshop today");
  }
}
