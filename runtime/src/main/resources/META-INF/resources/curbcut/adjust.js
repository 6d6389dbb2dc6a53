// Applies the visitor's display settings. This part, in every page's core, only decides what is
// in force (the visitor's own settings plus what their system asks for) and loads the rest the
// first time a setting needs it: adjust-css.js builds our one style sheet, adjust-dom.js does what
// CSS cannot (media, GIFs, alt text, pointer aids, read aloud). A visitor with no setting loads
// neither, and the page is exactly as it was.

const SYSTEM = { motion: '(prefers-reduced-motion: reduce)', contrast: '(prefers-contrast: more)', dark: '(prefers-color-scheme: dark)' };
const THEMES = ['dark', 'light', 'contrast'];
const CSS_KEYS = ['textSize', 'lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'font', 'alignStart', 'highlightHeadings',
  'highlightLinks', 'focusHighlight', 'bigCursor', 'stopAnimations', 'hideImages', 'theme', 'saturation'];
const DOM_KEYS = ['stopAnimations', 'muteMedia', 'hideImages', 'readingGuide', 'readingMask', 'readAloud'];

let state = { doc: null, settings: {}, config: {} };
let siteDark = false; // the site declares dark colours of its own (color-scheme): dark mode is its job
let watching = false;
let css = null; // import('./adjust-css.js'), once asked for
let dom = null; // import('./adjust-dom.js'), once asked for
let domReady = null; // adjust-dom.js, once loaded

/** The settings in force: the visitor's own, plus what their system asks for (unless they said not to). */
export function effectiveSettings(doc, settings) {
  if (settings.followSystem === false) return settings;
  const wants = (q) => doc.defaultView.matchMedia(q).matches;
  const s = { ...settings };
  if (wants(SYSTEM.motion)) s.stopAnimations = true;
  if (!THEMES.includes(s.theme)) s.theme = wants(SYSTEM.contrast) ? 'contrast' : wants(SYSTEM.dark) && !siteDark ? 'dark' : undefined;
  return s;
}

/**
 * Applies settings (idempotent; the latest call wins); with {} the page is exactly as it was.
 * Resolves when everything is applied.
 */
export function applySettings(doc, settings = {}, config = state.config) {
  state = { doc, settings, config };
  const win = doc.defaultView;
  if (!watching) {
    watching = true;
    // Read before any sheet of ours sets color-scheme, and only for visitors in dark mode.
    if (win.matchMedia(SYSTEM.dark).matches) {
      siteDark = /dark/.test(getComputedStyle(doc.documentElement).colorScheme + (doc.querySelector('meta[name=color-scheme]')?.content || ''));
    }
    for (const q of Object.values(SYSTEM)) win.matchMedia(q).addEventListener('change', () => applySettings(state.doc, state.settings));
  }
  const s = effectiveSettings(doc, settings);
  const now = () => [state.doc, effectiveSettings(state.doc, state.settings), state.config];
  const jobs = [];
  if (css || CSS_KEYS.some((k) => s[k])) jobs.push((css ??= import('./adjust-css.js')).then((m) => m.applyCss(...now())));
  if (dom || DOM_KEYS.some((k) => s[k])) jobs.push((dom ??= import('./adjust-dom.js')).then((m) => { domReady = m; m.applyDom(...now()); }));
  return Promise.all(jobs).then(() => {});
}

/** For the page's observer: content added later gets the same treatment (muted, paused, alt text). */
export function adjustAdded(batch) {
  domReady?.adjustAdded(batch);
}
