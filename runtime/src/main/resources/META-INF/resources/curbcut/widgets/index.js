// Keyboard behaviour for the custom widgets an approved repair names with
// data-curbcut-widget="<pattern>" (docs/runtime.md, "Widget repairs"). A pattern's module is
// fetched (same origin) only when the page has a widget of that pattern; this file is all that
// every page pays for.
import { fixesOn } from '../journal.js';

export const WIDGET = 'data-curbcut-widget';
const MODULES = {
  menubutton: 'menubutton', menu: 'menu', menubar: 'menu', 'disclosure-nav': 'disclosure-nav', tabs: 'tabs',
  accordion: 'accordion', radiogroup: 'radiogroup', listbox: 'listbox', combobox: 'combobox', carousel: 'carousel',
};
const seen = new WeakSet();
const live = new Set();
const modules = new Map();
let pending = [];

function guard(fn) {
  try { fn(); } catch (err) { console.error('curbcut:', err); }
}

/** Called with each batch of page changes: new marked widgets are set up, known ones kept current. */
export function syncWidgets(doc) {
  if (!fixesOn()) return;
  for (const w of live) {
    if (w.root.isConnected) guard(() => w.sync());
    else live.delete(w);
  }
  for (const root of doc.querySelectorAll(`[${WIDGET}]`)) {
    const pattern = root.getAttribute(WIDGET).trim().toLowerCase();
    if (seen.has(root) || !Object.hasOwn(MODULES, pattern)) continue;
    seen.add(root);
    const name = MODULES[pattern];
    if (!modules.has(name)) modules.set(name, import(`./${name}.js`));
    pending.push(modules.get(name).then((m) => guard(() => {
      const w = root.isConnected ? m.attach(root, pattern) : null;
      if (w) { live.add(w); w.sync(); }
    }), (err) => console.error('curbcut:', err)));
  }
}

/** Resolves once every widget found so far is set up (for tests and the settings panel). */
export async function settled() {
  while (pending.length) {
    const now = pending;
    pending = [];
    await Promise.all(now);
  }
}
