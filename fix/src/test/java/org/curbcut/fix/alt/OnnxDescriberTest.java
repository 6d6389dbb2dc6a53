package org.curbcut.fix.alt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ONNX path with a model the test writes itself (see {@link TinyOnnxModel}). */
class OnnxDescriberTest {
  @TempDir Path dir;

  private OnnxDescriber describer(double minProbability) throws IOException {
    Path model = dir.resolve("mean-colour.onnx");
    Files.write(model, TinyOnnxModel.meanColourClassifier());
    Path labels = dir.resolve("labels.txt");
    Files.write(labels, List.of("a red square", "a green square", "a blue square"));
    return new OnnxDescriber(model, labels, null, null, minProbability);
  }

  private static ImageInput image(byte[] bytes) {
    var img = HtmlSnapshot.parse("<img src=x.png>", "t.html").select("img").get(0);
    return new ImageInput(img, () -> Optional.of(bytes));
  }

  @Test
  void labelsAnImageWithTheModelsBestClass() throws Exception {
    try (OnnxDescriber d = describer(0.4)) {
      Description red = d.describe(image(TestImages.flat(Color.RED, 32, 32))).orElseThrow();
      assertThat(red.alt()).isEqualTo("a red square");
      assertThat(red.confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
      assertThat(red.provenance()).contains("mean-colour.onnx");
      assertThat(d.describe(image(TestImages.flat(Color.BLUE, 10, 20))).orElseThrow().alt()).isEqualTo("a blue square");
    }
  }

  @Test
  void anUnsureModelSaysNothing() throws Exception {
    try (OnnxDescriber d = describer(0.9)) {
      assertThat(d.describe(image(TestImages.flat(Color.GRAY, 16, 16)))).isEmpty();
      assertThat(d.describe(image(new byte[] {0, 1, 2}))).isEmpty();
    }
  }

  @Test
  void aBrokenModelFileIsAClearError() throws IOException {
    Path model = dir.resolve("broken.onnx");
    Files.write(model, new byte[] {1, 2, 3, 4});
    Path labels = dir.resolve("labels.txt");
    Files.write(labels, List.of("x"));
    assertThatThrownBy(() -> new OnnxDescriber(model, labels, null, null, 0.5))
        .isInstanceOf(IOException.class).hasMessageContaining("cannot load ONNX model broken.onnx");
  }
}
