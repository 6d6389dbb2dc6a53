// Applies the visitor's display settings. This part, in every page's core, only decides what is
// in force (the visitor's own settings plus what their system asks for) and loads the rest the
// first time a setting needs it: adjust-css.js builds our one style sheet, adjust-dom.js does what
// CSS cannot (media, GIFs, alt text, pointer aids, read aloud). A visitor with no setting loads
// neither, and the page is exactly as it was.
import { pageState } from './page-state.js';

const SYSTEM = { motion: '(prefers-reduced-motion: reduce)', contrast: '(prefers-contrast: more)', dark: '(prefers-color-scheme: dark)' };
const THEMES = ['dark', 'light', 'contrast'];
const CSS_KEYS = ['textSize', 'lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'font', 'alignStart', 'highlightHeadings',
  'highlightLinks', 'focusHighlight', 'bigCursor', 'stopAnimations', 'hideImages', 'theme', 'saturation'];
const DOM_KEYS = ['stopAnimations', 'muteMedia', 'hideImages', 'readingGuide', 'readingMask', 'readAloud'];

// applied: the latest call's arguments; siteDark: the site declares dark colours of its own
// (color-scheme), so dark mode is its job; parts: adjust-css.js, adjust-dom.js once loaded
const page = pageState('adjust', () => ({
  applied: { doc: null, settings: {}, config: {} }, siteDark: false, watching: false, parts: { css: null, dom: null }, loading: {},
}));
const { parts, loading } = page;

/** The settings in force: the visitor's own, plus what their system asks for (unless they said not to). */
export function effectiveSettings(doc, settings) {
  if (settings.followSystem === false) return settings;
  const wants = (q) => doc.defaultView.matchMedia(q).matches;
  const s = { ...settings };
  if (wants(SYSTEM.motion)) s.stopAnimations = true;
  if (!THEMES.includes(s.theme)) s.theme = wants(SYSTEM.contrast) ? 'contrast' : wants(SYSTEM.dark) && !page.siteDark ? 'dark' : undefined;
  return s;
}

/**
 * Applies settings (idempotent; the latest call wins); with {} the page is exactly as it was.
 * Resolves when everything is applied.
 */
export function applySettings(doc, settings = {}, config = page.applied.config) {
  page.applied = { doc, settings, config };
  const win = doc.defaultView;
  if (!page.watching) {
    page.watching = true;
    // Read before any sheet of ours sets color-scheme, and only for visitors in dark mode.
    if (win.matchMedia(SYSTEM.dark).matches) {
      page.siteDark = /dark/.test(getComputedStyle(doc.documentElement).colorScheme + (doc.querySelector('meta[name=color-scheme]')?.content || ''));
    }
    for (const q of Object.values(SYSTEM)) win.matchMedia(q).addEventListener('change', () => applySettings(page.applied.doc, page.applied.settings));
  }
  const s = effectiveSettings(doc, settings);
  const apply = () => {
    const latest = page.applied;
    const now = effectiveSettings(latest.doc, latest.settings);
    parts.css?.applyCss(latest.doc, now, latest.config);
    parts.dom?.applyDom(latest.doc, now);
  };
  const needed = [];
  if (!parts.css && CSS_KEYS.some((k) => s[k])) needed.push(load('css', () => import('./adjust-css.js')));
  if (!parts.dom && DOM_KEYS.some((k) => s[k])) needed.push(load('dom', () => import('./adjust-dom.js')));
  apply(); // what is loaded applies at once; the rest when it arrives (then with the latest settings)
  return Promise.all(needed).then(apply);
}

function load(part, importer) {
  loading[part] ??= importer().then((m) => { parts[part] = m; }, (err) => {
    loading[part] = null; // the next change tries again
    console.error('curbcut:', err);
  });
  return loading[part];
}

/** For the page's observer: content added later gets the same treatment (muted, paused, alt text). */
export function adjustAdded(batch) {
  parts.dom?.adjustAdded(batch);
}
