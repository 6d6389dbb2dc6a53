package org.curbcut.fix.alt;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixContext;

/**
 * Labels an image with an ONNX image-classification model the site owner keeps on disk (ONNX
 * Runtime, CPU). The model takes one float tensor [1, 3, H, W] of RGB values in 0..1 (after the
 * optional mean/std normalisation) and gives one score per label; the labels file has one label
 * per line, written as alt text (e.g. "a dog on a beach"). Below the minimum probability, nothing.
 */
public final class OnnxDescriber implements ImageDescriber, AutoCloseable {
  private static final int DEFAULT_SIZE = 224;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final List<String> labels;
  private final String inputName;
  private final int height;
  private final int width;
  private final float[] mean;
  private final float[] std;
  private final double minProbability;
  private final String modelName;

  /**
   * Loads the model.
   *
   * @throws IOException when the model or labels cannot be read or the model is not usable
   */
  public OnnxDescriber(Path model, Path labelsFile, float[] mean, float[] std, double minProbability) throws IOException {
    this.labels = Files.readAllLines(labelsFile, StandardCharsets.UTF_8).stream().map(String::trim).toList();
    this.mean = mean == null ? new float[] {0, 0, 0} : mean;
    this.std = std == null ? new float[] {1, 1, 1} : std;
    this.minProbability = minProbability;
    this.modelName = model.getFileName().toString();
    try {
      this.env = OrtEnvironment.getEnvironment();
      this.session = env.createSession(model.toString(), new OrtSession.SessionOptions());
      Map.Entry<String, NodeInfo> input = session.getInputInfo().entrySet().iterator().next();
      this.inputName = input.getKey();
      long[] shape = ((TensorInfo) input.getValue().getInfo()).getShape();
      if (shape.length != 4 || (shape[1] != 3 && shape[1] > 0)) {
        throw new IOException("the model's input must be [1, 3, H, W]; it is " + java.util.Arrays.toString(shape));
      }
      this.height = shape[2] > 0 ? (int) shape[2] : DEFAULT_SIZE;
      this.width = shape[3] > 0 ? (int) shape[3] : DEFAULT_SIZE;
    } catch (OrtException | ClassCastException e) {
      throw new IOException("cannot load ONNX model " + model.getFileName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "onnx";
  }

  @Override
  public Optional<Description> describe(ImageInput image) {
    Optional<byte[]> bytes = image.bytes();
    if (bytes.isEmpty()) return Optional.empty();
    try {
      BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes.get()));
      if (src == null) return Optional.empty();
      float[] scores;
      try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels(src)), new long[] {1, 3, height, width});
           OrtSession.Result r = session.run(Map.of(inputName, t))) {
        Object out = r.get(0).getValue();
        if (!(out instanceof float[][] rows) || rows.length == 0) return Optional.empty();
        scores = rows[0];
      }
      double[] p = softmax(scores);
      int best = 0;
      for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
      if (best >= labels.size() || p[best] < minProbability || labels.get(best).isEmpty()) return Optional.empty();
      return Optional.of(new Description(labels.get(best), FixContext.message("alt.onnx", modelName,
          String.format(java.util.Locale.ROOT, "%.2f", p[best])), Confidence.NEEDS_REVIEW));
    } catch (IOException | OrtException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private float[] pixels(BufferedImage src) {
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(src, 0, 0, width, height, null);
    g.dispose();
    float[] chw = new float[3 * width * height];
    int plane = width * height;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = scaled.getRGB(x, y);
        int i = y * width + x;
        chw[i] = (((rgb >> 16) & 0xff) / 255f - mean[0]) / std[0];
        chw[plane + i] = (((rgb >> 8) & 0xff) / 255f - mean[1]) / std[1];
        chw[2 * plane + i] = ((rgb & 0xff) / 255f - mean[2]) / std[2];
      }
    }
    return chw;
  }

  /** Softmax, unless the scores already are probabilities summing to one. */
  static double[] softmax(float[] s) {
    double sum = 0;
    boolean probabilities = true;
    for (float v : s) {
      if (v < 0 || v > 1) probabilities = false;
      sum += v;
    }
    double[] p = new double[s.length];
    if (probabilities && Math.abs(sum - 1) < 1e-3) {
      for (int i = 0; i < s.length; i++) p[i] = s[i];
      return p;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (float v : s) max = Math.max(max, v);
    double total = 0;
    for (int i = 0; i < s.length; i++) {
      p[i] = Math.exp(s[i] - max);
      total += p[i];
    }
    for (int i = 0; i < s.length; i++) p[i] /= total;
    return p;
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
