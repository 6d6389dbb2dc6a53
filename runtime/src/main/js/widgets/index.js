// Keys for the custom widgets a repair names with data-curbcut-widget="<pattern>". The core loads
// this module on the first page change that shows such a widget, and it fetches (same origin) only
// the modules of the patterns the page has.
import { fixesOn } from '../journal.js';

const PATTERNS = /^(menubutton|menu|menubar|disclosure-nav|tabs|accordion|radiogroup|listbox|combobox|carousel)$/;
const seen = new WeakSet();
const live = new Set();
let pending = [];

const guard = (fn) => { try { fn(); } catch (err) { console.error('curbcut:', err); } };

/** With each batch of page changes: new widgets are set up, known ones kept current. */
export function syncWidgets(doc) {
  if (!fixesOn()) return;
  for (const w of live) w.root.isConnected ? guard(() => w.sync()) : live.delete(w);
  for (const root of doc.querySelectorAll('[data-curbcut-widget]')) {
    const pattern = root.getAttribute('data-curbcut-widget').trim().toLowerCase();
    if (seen.has(root) || !PATTERNS.test(pattern)) continue;
    seen.add(root);
    pending.push(import(`./${pattern === 'menubar' ? 'menu' : pattern}.js`).then((m) => guard(() => {
      const w = root.isConnected && m.attach(root, pattern);
      if (w) { live.add(w); w.sync(); }
    }), (err) => console.error('curbcut:', err)));
  }
}

/**
 * Sets up the widgets the page has now, as the next batch of changes would, and resolves once
 * every widget found is set up (for tests: the core loads this module when it first sees one).
 */
export async function settled() {
  syncWidgets(document);
  while (pending.length) await Promise.all(pending.splice(0));
}
