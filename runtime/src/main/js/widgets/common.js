// What the widget modules share: one late listener per event type for all widgets, roving
// tabindex, type-ahead, and states kept true to what the page shows.
//
// The listeners sit on window in the bubble phase, so the page's own handlers run first. A key
// the page already handled (defaultPrevented, or focus or aria-activedescendant moved while the
// event was dispatched) is left alone: a widget that works is never handled twice.
import { fixesOn, record, setAttr } from '../journal.js';
import { isNativeControl, nameOf, shown } from '../dom.js';

export const KEYS = { rule: 'widget-keyboard', wcag: '2.1.1' };
export const STATE = { rule: 'widget-state', wcag: '4.1.2' };

const widgets = new Set();
let installed = false;
let lastKey = { key: '', target: null, at: -Infinity };
let spaceOn = null;

/** Adds a widget: { root, owns(node), keydown?(e) → handled, clicked?(e, before), focusin?(e), … }. */
export function register(w) {
  widgets.add(w);
  install(w.root.ownerDocument);
  return w;
}

// The innermost widget that owns the node.
function owner(node) {
  let best = null;
  for (const w of widgets) {
    if (!w.root.isConnected) { widgets.delete(w); continue; }
    if (node && w.owns(node) && (!best || best.root.contains(w.root))) best = w;
  }
  return best;
}

const ad = (el) => (el && el.getAttribute ? el.getAttribute('aria-activedescendant') : null);

function install(doc) {
  if (installed) return;
  installed = true;
  const win = doc.defaultView;
  let before = null;
  win.addEventListener('keydown', (e) => {
    before = { active: doc.activeElement, ad: ad(e.target) };
    lastKey = { key: e.key, target: e.target, at: performance.now() };
  }, true);
  win.addEventListener('keydown', (e) => {
    if (!fixesOn() || e.defaultPrevented || e.isComposing || !e.target || e.target.nodeType !== 1) return;
    if (before && (doc.activeElement !== before.active || ad(e.target) !== before.ad)) return; // the page acted
    const w = owner(e.target);
    if (w && w.keydown && w.keydown(e)) {
      e.preventDefault();
      record(w.root, KEYS);
    }
  });
  win.addEventListener('keyup', (e) => {
    if (e.key !== ' ' || !spaceOn) return;
    const el = spaceOn;
    spaceOn = null;
    if (e.target === el && !e.defaultPrevented && fixesOn()) el.click();
  });
  // A click's state before the page's handlers ran, to see whether they exposed what it did.
  let clickBefore = null;
  win.addEventListener('click', (e) => {
    const w = owner(e.target);
    clickBefore = w && w.beforeClick ? w.beforeClick(e) : null;
  }, true);
  win.addEventListener('click', (e) => {
    const w = owner(e.target);
    if (w && w.clicked && fixesOn()) w.clicked(e, clickBefore);
  });
  for (const type of ['focusin', 'pointerover', 'pointerout']) {
    win.addEventListener(type, (e) => {
      if (!fixesOn()) return;
      for (const w of widgets) if (w[type] && w.root.isConnected) w[type](e);
    });
  }
}

/** True when this click came from the keyboard (Enter or Space on the element) just now. */
export function byKeyboard(e) {
  return e.detail === 0 && performance.now() - lastKey.at < 1000 && (lastKey.target === e.target || e.target.contains?.(lastKey.target));
}

/** The key that was pressed last ('' if none). */
export function lastKeyName() {
  return lastKey.key;
}

/** No modifier but perhaps Shift. */
export const plain = (e) => !e.altKey && !e.ctrlKey && !e.metaKey;

/** A printable character for type-ahead. */
export const printable = (e) => plain(e) && e.key.length === 1 && /\S/.test(e.key);

/**
 * Activates a custom control the way the APG button pattern says: Enter on keydown, Space on
 * keyup. Native controls are the browser's: never activated here. Returns true when it acted.
 */
export function press(el, e) {
  if (isNativeControl(el) || !plain(e) || e.shiftKey) return false;
  if (e.key === 'Enter' && !e.repeat) { el.click(); return true; }
  if (e.key === ' ') { spaceOn = el; return true; }
  return false;
}

/** Can take focus from script (tabindex or a native control). */
export const focusable = (el) => el.hasAttribute('tabindex') || isNativeControl(el);

/** True when the page already keeps exactly one of the items in the Tab order (roving tabindex). */
export function roves(items) {
  return items.every(focusable) && items.filter((i) => i.tabIndex >= 0).length === 1;
}

/** Makes `current` the widget's one Tab stop. */
export function rove(items, current) {
  for (const i of items) setAttr(i, 'tabindex', i === current ? '0' : '-1', KEYS);
}

/** Moves focus to an item of a roving-tabindex widget (the visitor pressed a key). */
export function moveTo(items, item) {
  if (!item) return;
  rove(items, item);
  item.focus();
}

/** Items reachable by arrows: shown and not hidden from everyone. */
export const visible = (list) => [...list].filter((el) => shown(el) && !el.closest('[inert],[aria-hidden=true]'));

/** The index `delta` steps from `at`, wrapping or stopping at the ends. */
export function step(length, at, delta, wrap) {
  const next = at + delta;
  if (wrap) return (next + length) % length;
  return Math.max(0, Math.min(length - 1, next));
}

/** The next item whose name starts with what was typed (state: { typed, at }), or null. */
export function typeAhead(state, items, from, key) {
  const now = performance.now();
  state.typed = now - (state.at ?? -Infinity) < 700 ? (state.typed || '') + key.toLowerCase() : key.toLowerCase();
  state.at = now;
  const at = items.indexOf(from);
  const starts = (s) => (i) => nameOf(i).toLowerCase().startsWith(s);
  const fromNext = items.slice(at + 1).concat(items.slice(0, at + 1));
  const fromHere = items.slice(at).concat(items.slice(0, Math.max(at, 0)));
  if (state.typed.length > 1 && !/^(.)\1+$/.test(state.typed)) return fromHere.find(starts(state.typed)) || null;
  return fromNext.find(starts(state.typed[0])) || null;
}

/**
 * Sets a true/false state (aria-expanded, aria-selected…) to what the page shows. With
 * keepAbsent, a missing attribute already means false and stays missing.
 */
export function setState(el, name, on, keepAbsent) {
  const now = el.getAttribute(name);
  if (on ? now === 'true' : now === 'false' || (keepAbsent && now === null)) return;
  setAttr(el, name, on ? 'true' : 'false', STATE);
}

/** The element named by aria-controls (its first id). */
export function controlled(el) {
  const id = (el.getAttribute('aria-controls') || '').trim().split(/\s+/)[0];
  return id ? el.ownerDocument.getElementById(id) : null;
}

/** A link that would take the visitor away: never clicked just to open or close something. */
export const navigates = (el) => el.matches('a[href]') && !/^(#|javascript:)/i.test(el.getAttribute('href'));
