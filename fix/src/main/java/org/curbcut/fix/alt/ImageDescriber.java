package org.curbcut.fix.alt;

import java.util.Optional;

/** One way of describing an image. Empty when it has nothing to say; it never throws for bad images. */
public interface ImageDescriber {
  /** A short name for reports and configuration ("ocr", "onnx", "vision"). */
  String name();

  /** What this describer says about the image; empty when it has nothing to say. */
  Optional<Description> describe(ImageInput image);
}
