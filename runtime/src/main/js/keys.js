// Keyboard shortcuts: the quick keys and the scoping rules of design rule R5 (WCAG 2.1.4): single
// keys never fire while the visitor types, composes text, uses a widget with type-ahead, or holds
// a modifier. (Combinations such as Alt+1 are combo.js, re-exported here.)

export { parseCombo, formatCombo, matches } from './combo.js';

const TYPE_AHEAD = '[role=listbox],[role=menu],[role=menubar],[role=tree],[role=treegrid],[role=grid],[role=combobox],select,[contenteditable=""],[contenteditable=true]';

/** True when a single-key quick key may act on this event (R5). */
export function quickKeyAllowed(event, isEditable) {
  if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = deepTarget(event);
  if (isEditable(target)) return false;
  return !(target && target.closest && target.closest(TYPE_AHEAD));
}

// The focused element, looking through open shadow roots (our own UI lives in one).
function deepTarget(event) {
  const path = event.composedPath ? event.composedPath() : [];
  return path.find((n) => n.nodeType === 1) || event.target;
}

/** The default quick keys: key → what it moves to. Shift+key goes backwards. */
export const QUICK_KEYS = {
  h: 'heading',
  m: 'navigation',
  f: 'field',
  b: 'button',
  g: 'graphic',
  1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4', 5: 'heading5', 6: 'heading6',
};

/** The targets a visitor can give another letter (or none) in the settings; 1–6 stay. */
export const LETTER_TARGETS = ['heading', 'navigation', 'field', 'button', 'graphic'];

/**
 * The keys in effect for a visitor's key map. The map names keys ({ j: 'heading' }); a target it
 * names loses its default key, so a remapped letter is free again, and { g: 'off' } turns a key
 * off. Digits stay on their heading levels unless the map says otherwise.
 */
export function effectiveQuickKeys(map) {
  const keys = { ...QUICK_KEYS };
  const moved = new Set(Object.values(map || {}));
  for (const [key, target] of Object.entries(keys)) if (moved.has(target)) delete keys[key];
  for (const [key, target] of Object.entries(map || {})) {
    if (target === 'off') delete keys[key];
    else keys[key] = target;
  }
  return keys;
}

/** What each quick-key target matches in the page. */
export const QUICK_TARGETS = {
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  navigation: 'nav,[role=navigation],[role=menubar]',
  field: 'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]),select,textarea,[role=textbox],[role=combobox],[role=searchbox],[role=spinbutton],[role=slider]',
  button: 'button,input[type=submit],input[type=reset],input[type=button],input[type=image],[role=button]',
  graphic: 'img,svg[role=img],[role=img],picture,canvas[aria-label]',
  heading1: 'h1,[role=heading][aria-level="1"]',
  heading2: 'h2,[role=heading][aria-level="2"]',
  heading3: 'h3,[role=heading][aria-level="3"]',
  heading4: 'h4,[role=heading][aria-level="4"]',
  heading5: 'h5,[role=heading][aria-level="5"]',
  heading6: 'h6,[role=heading][aria-level="6"]',
};

/**
 * The next (or previous) element after `from` in document order among candidates, wrapping
 * around; null when there is none.
 */
export function nextInOrder(candidates, from, backwards) {
  if (!candidates.length) return null;
  const after = (el) => from && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !from.contains(el);
  const before = (el) => from && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0 && !el.contains(from);
  if (!from || from === document.body) return backwards ? candidates[candidates.length - 1] : candidates[0];
  if (backwards) {
    const prior = candidates.filter(before);
    return prior.length ? prior[prior.length - 1] : candidates[candidates.length - 1];
  }
  return candidates.find(after) || candidates[0];
}
