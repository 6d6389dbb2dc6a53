// Page-side helpers for the settings tests: storing and applying settings, reading computed
// styles, snapshotting the page (computed styles of every element + markup, without our hosts),
// and reaching into the panel's shadow root.
import { ready, settle } from './browsers.mjs';

/** Stores settings the way prefs.js does (one key, versioned). */
export async function store(b, settings) {
  await b.eval((s) => localStorage.setItem('curbcut', JSON.stringify({ v: 1, settings: s })), settings);
}

export async function clearStore(b) {
  await b.eval(() => localStorage.clear());
}

/** Applies settings through the page's own adjust.js (the module the runtime uses) and waits for them. */
export async function apply(b, settings) {
  await b.eval(async (s) => {
    const m = await import('/curbcut/adjust.js');
    await m.applySettings(document, s);
  }, settings);
  await settle(b);
}

/**
 * Waits until the runtime has applied the stored settings of a page it just loaded: their style
 * sheet and DOM parts are modules loaded on first need, so this waits for those modules (loading
 * them if the runtime did not) and a frame.
 */
export async function applied(b) {
  await b.eval(() => Promise.all([import('/curbcut/adjust-css.js'), import('/curbcut/adjust-dom.js')]).then(() => true));
  await settle(b);
}

/** Opens a fixture page, with the runtime injected unless inject is false. */
export async function openPage(b, server, page, { inject = true, attrs = '', query = '' } = {}) {
  const q = [query, inject ? `inject=${encodeURIComponent(attrs)}` : ''].filter(Boolean).join('&');
  await b.goto(`${server.url}/fixtures/${page}${q ? '?' + q : ''}`);
  if (inject) await ready(b);
}

/** Computed style values: { selector: { property: value } }. */
export async function styles(b, wanted) {
  return b.eval((w) => {
    const out = {};
    for (const [sel, props] of Object.entries(w)) {
      const el = document.querySelector(sel);
      const cs = getComputedStyle(el);
      out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  }, wanted);
}

/** Every page element's computed style and the page's markup, leaving out the runtime's own nodes. */
export async function snapshot(b) {
  return b.eval(() => {
    const ours = (el) => el.closest('[data-curbcut-ui]') || (el.localName === 'script' && /\/curbcut\//.test(el.src));
    const els = [...document.querySelectorAll('*')].filter((el) => !ours(el));
    const styles = els.map((el) => {
      const cs = getComputedStyle(el);
      const props = {};
      for (let i = 0; i < cs.length; i++) props[cs[i]] = cs.getPropertyValue(cs[i]);
      return [el.localName + (el.id ? '#' + el.id : ''), props];
    });
    const clone = document.documentElement.cloneNode(true);
    for (const el of clone.querySelectorAll('[data-curbcut-ui],script[src*="/curbcut/"]')) el.remove();
    return { styles, html: clone.outerHTML, adopted: document.adoptedStyleSheets.length };
  });
}

/** The first difference between two snapshots, for a readable failure. */
export function firstDifference(a, c) {
  if (a.html !== c.html) return `markup differs:\n${a.html}\n---\n${c.html}`;
  if (a.styles.length !== c.styles.length) return `element count ${a.styles.length} vs ${c.styles.length}`;
  for (let i = 0; i < a.styles.length; i++) {
    const [name, pa] = a.styles[i];
    const pc = c.styles[i][1];
    for (const p of new Set([...Object.keys(pa), ...Object.keys(pc)])) {
      if (pa[p] !== pc[p]) return `${name} ${p}: ${pa[p]} vs ${pc[p]}`;
    }
  }
  return a.adopted !== c.adopted ? `adopted style sheets ${a.adopted} vs ${c.adopted}` : null;
}

/** Runs fn(root) in the page with the settings panel's shadow root. */
export async function inPanel(b, fn, ...args) {
  return b.eval(`(() => {
    const host = document.querySelector('[data-curbcut-ui=panel]');
    const root = host && host.shadowRoot;
    return (${fn.toString()})(root, ...${JSON.stringify(args)});
  })()`);
}
