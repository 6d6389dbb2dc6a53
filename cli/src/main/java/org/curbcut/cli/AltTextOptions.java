package org.curbcut.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.curbcut.fix.ImageAccess;
import org.curbcut.fix.alt.ImageDescriber;
import org.curbcut.fix.alt.OnnxDescriber;
import org.curbcut.fix.alt.VisionChatDescriber;
import picocli.CommandLine.Option;

/**
 * The alt-text options of {@code fix} (a picocli mixin): the describers a site owner switches on
 * (an ONNX model from disk, an OpenAI-compatible vision endpoint), the time limit per image, and
 * the hosts images may come from besides the page's own.
 */
final class AltTextOptions {
  /** The environment variable the vision endpoint's API key is read from (never a command-line option). */
  static final String VISION_KEY_ENV = "CURBCUT_VISION_API_KEY";
  /** Channel means and deviations beyond this are not pixel statistics (pixels are 0–1 or 0–255). */
  private static final double MAX_CHANNEL = 1e6;
  /** The smallest channel deviation: the model's input is divided by it. */
  private static final double MIN_STD = 1e-6;

  @Option(names = "--alt-onnx-model", paramLabel = "FILE", description = "An ONNX image model for alt text drafts (needs --alt-onnx-labels).")
  Path onnxModel;

  @Option(names = "--alt-onnx-labels", paramLabel = "FILE", description = "The model's labels, one per line, written as alt text.")
  Path onnxLabels;

  @Option(names = "--alt-onnx-mean", paramLabel = "R,G,B", split = ",", description = "Per-channel mean the model expects (default: 0,0,0).")
  List<Float> onnxMean = new ArrayList<>();

  @Option(names = "--alt-onnx-std", paramLabel = "R,G,B", split = ",", description = "Per-channel standard deviation (default: 1,1,1).")
  List<Float> onnxStd = new ArrayList<>();

  @Option(names = "--alt-onnx-min-probability", paramLabel = "P", defaultValue = "0.6",
      description = "Below this probability the model's answer is not used (default: ${DEFAULT-VALUE}).")
  double onnxMinProbability;

  @Option(names = "--alt-vision-url", paramLabel = "URL",
      description = "An OpenAI-compatible vision chat endpoint for alt text drafts, e.g. http://127.0.0.1:8000/v1 "
          + "(needs --alt-vision-model; API key from " + VISION_KEY_ENV + ").")
  String visionUrl;

  @Option(names = "--alt-vision-model", paramLabel = "NAME", description = "The model name the vision endpoint expects.")
  String visionModel;

  @Option(names = "--alt-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Time limit for fetching one image and for one vision request (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--allow-image-host", paramLabel = "HOST",
      description = "Also fetch images from this host (default: only the page's own origin or folder); repeatable.")
  List<String> imageHosts = new ArrayList<>();

  /** The time limit per image, after checking it is in range (a usage error otherwise). */
  Duration timeout() {
    return Duration.ofMillis(Math.round(NumericRange.seconds("--alt-timeout", timeoutSeconds) * 1000));
  }

  /** Checks every numeric alt-text option, whether or not the describer it belongs to is switched on. */
  void checkNumbers() {
    timeout();
    NumericRange.check("--alt-onnx-min-probability", onnxMinProbability, 0, 1, "unit.probability");
    for (Float m : onnxMean) NumericRange.check("--alt-onnx-mean", m, -MAX_CHANNEL, MAX_CHANNEL, "unit.channel");
    for (Float s : onnxStd) NumericRange.check("--alt-onnx-std", s, MIN_STD, MAX_CHANNEL, "unit.channel");
  }

  /** Where the images of a page of the site in {@code root} (null for a URL) may be read from. */
  ImageAccess images(Path root) {
    return ImageAccess.folder(root).allowHosts(imageHosts);
  }

  /** The describers the owner switched on, to try after the standard ones (decorative, context, OCR). */
  List<ImageDescriber> describers() {
    List<ImageDescriber> list = new ArrayList<>();
    if ((onnxModel == null) != (onnxLabels == null)) {
      throw new UsageError("--alt-onnx-model and --alt-onnx-labels go together");
    }
    if (onnxModel != null) {
      float[] mean = channels("--alt-onnx-mean", onnxMean);
      float[] std = channels("--alt-onnx-std", onnxStd);
      try {
        list.add(new OnnxDescriber(onnxModel, onnxLabels, mean, std, onnxMinProbability));
      } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
        throw new UsageError("cannot use the ONNX model " + onnxModel + ": " + Errors.oneLine(e));
      }
    }
    if ((visionUrl == null) != (visionModel == null)) {
      throw new UsageError("--alt-vision-url and --alt-vision-model go together");
    }
    if (visionUrl != null) {
      if (!visionUrl.toLowerCase(Locale.ROOT).matches("https?://.+")) {
        throw new UsageError("invalid --alt-vision-url '" + visionUrl + "' (expected http:// or https://)");
      }
      list.add(new VisionChatDescriber(visionUrl, visionModel, System.getenv(VISION_KEY_ENV), timeout()));
    }
    return list;
  }

  private static float[] channels(String option, List<Float> values) {
    if (values.isEmpty()) return null;
    if (values.size() != 3) throw new UsageError(option + " takes three values R,G,B");
    return new float[] {values.get(0), values.get(1), values.get(2)};
  }
}
