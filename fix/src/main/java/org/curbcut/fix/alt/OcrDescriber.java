package org.curbcut.fix.alt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixContext;

/**
 * Reads text inside an image with Tesseract 5 (the {@code tesseract} program, Debian packages
 * tesseract-ocr and tesseract-ocr-eng). Only confident words count, and only images with enough of
 * them: a photo must not be "described" by OCR noise.
 */
public final class OcrDescriber implements ImageDescriber {
  private static final int MIN_WORD_CONFIDENCE = 60;
  private static final double MIN_MEAN_CONFIDENCE = 75;
  private static final int MIN_LETTERS = 4;

  private final String program;
  private final String language;
  private final Duration timeout;

  /** The {@code tesseract} program on the PATH, English, 20 s per image. */
  public OcrDescriber() {
    this("tesseract", "eng", Duration.ofSeconds(20));
  }

  /** Another Tesseract program, language or time limit. */
  public OcrDescriber(String program, String language, Duration timeout) {
    this.program = program;
    this.language = language;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return "ocr";
  }

  /** True when the tesseract program can be run here. */
  public boolean available() {
    try {
      Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public Optional<Description> describe(ImageInput image) {
    Optional<byte[]> bytes = image.bytes();
    if (bytes.isEmpty()) return Optional.empty();
    Path tmp = null;
    try {
      tmp = Files.createTempFile("curbcut-ocr", ".img");
      Files.write(tmp, bytes.get());
      Process p = new ProcessBuilder(program, tmp.toString(), "stdout", "-l", language, "--psm", "3", "tsv")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      if (p.exitValue() != 0) return Optional.empty();
      return fromTsv(new String(out, StandardCharsets.UTF_8))
          .map(text -> new Description(text, FixContext.message("alt.ocr"), Confidence.NEEDS_REVIEW));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temp file left behind is harmless
        }
      }
    }
  }

  /** The confident words of Tesseract's TSV output, line by line; empty when too little or too unsure. */
  static Optional<String> fromTsv(String tsv) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String lineKey = null;
    double confSum = 0;
    int words = 0;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5")) continue;
      double conf;
      try {
        conf = Double.parseDouble(f[10]);
      } catch (NumberFormatException e) {
        continue;
      }
      String word = f[11].trim();
      if (word.isEmpty() || conf < MIN_WORD_CONFIDENCE) continue;
      String key = f[2] + "." + f[3] + "." + f[4];
      if (lineKey != null && !key.equals(lineKey) && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      lineKey = key;
      if (line.length() > 0) line.append(' ');
      line.append(word);
      confSum += conf;
      words++;
    }
    if (line.length() > 0) lines.add(line.toString());
    String text = String.join(" ", lines).replaceAll("\\s+", " ").trim();
    long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
    if (words == 0 || letters < MIN_LETTERS || confSum / words < MIN_MEAN_CONFIDENCE) return Optional.empty();
    return Optional.of(ContextDescriber.shorten(text));
  }
}
