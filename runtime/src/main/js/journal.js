// Every change the runtime makes to the page's own elements goes through here, so that "What this
// site changed" can list it and "turn off this site's fixes" can put each attribute back.

import { pageState } from './page-state.js';

// originals: element → Map(attribute → original value or null); entries: what was changed
const journal = pageState('journal', () => ({ originals: new Map(), entries: [], enabled: true }));

/** Whether the site's fixes are on (the visitor can turn them off). */
export function fixesOn() {
  return journal.enabled;
}

/** Sets an attribute on a page element for a repair, remembering the original value once. */
export function setAttr(el, name, value, why) {
  if (!journal.enabled || el.getAttribute(name) === value) return;
  let attrs = journal.originals.get(el);
  if (!attrs) journal.originals.set(el, (attrs = new Map()));
  if (!attrs.has(name)) attrs.set(name, el.getAttribute(name));
  el.setAttribute(name, value);
  if (why) record(el, why);
}

/** Notes a behaviour the runtime added to an element (keys, state), once per element and rule. */
export function record(el, { rule, wcag }) {
  if (journal.entries.some((e) => e.element === el && e.rule === rule)) return;
  journal.entries.push({ element: el, rule, wcag });
}

/** What the runtime changed: [{ element, rule, wcag }]. */
export function changes() {
  return journal.entries.filter((e) => e.element.isConnected);
}

/** Turns the site's fixes off: every attribute back as it was, no behaviour added from now on. */
export function turnOff() {
  journal.enabled = false;
  for (const [el, attrs] of journal.originals) {
    for (const [name, value] of attrs) value === null ? el.removeAttribute(name) : el.setAttribute(name, value);
  }
  journal.originals.clear();
}

/** Turns them on again (the caller re-applies them). */
export function turnOn() {
  journal.enabled = true;
}
