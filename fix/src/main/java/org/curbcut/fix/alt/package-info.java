/**
 * The alt-text pipeline: a chain of {@link org.curbcut.fix.alt.ImageDescriber}s tried in order —
 * decorative detection, the image's context, OCR of text in the image (Tesseract), and the vision
 * describers a site owner switches on (an ONNX image model from disk, an OpenAI-compatible vision
 * chat endpoint). Machine-written text is always needs-review; results are cached by image content
 * hash; a failing or absent describer means "a person must describe this", never an invention.
 * Pixels come from the {@link org.curbcut.fix.alt.ImageFetcher} only from where the request allows
 * (a {@code data:} URL, the site folder without following links out of it, the page's origin and
 * allowed hosts, redirects included); a refused redirect is named in the repair's reason.
 */
package org.curbcut.fix.alt;
