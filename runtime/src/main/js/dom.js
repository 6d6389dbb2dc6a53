// What the runtime needs to know about the page's elements: shown, focusable, editable, named.
// Small on purpose: names here label the page map; they never replace the page's own names.

const NATIVE_CONTROLS = 'a[href],area[href],button,input,select,textarea,summary,iframe,audio[controls],video[controls],[contenteditable=""],[contenteditable=true]';
const FOCUSABLE = NATIVE_CONTROLS + ',[tabindex]';

/** True when the element takes part in layout and is not visibility-hidden. */
export function shown(el) {
  if (!el.isConnected) return false;
  if (el.checkVisibility) return el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** True for elements the browser itself makes operable (we never add key handling to them). */
export function isNativeControl(el) {
  return el.matches(NATIVE_CONTROLS);
}

function disabled(el) {
  return el.matches(':disabled') || el.closest('[inert]') !== null;
}

/** Elements Tab reaches inside root, in order (positive tabindex first, as browsers do). */
export function tabbables(root) {
  const all = [...root.querySelectorAll(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !disabled(el) && shown(el) && !(el.matches('input[type=radio]') && !radioStop(el)));
  const positive = all.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
  return positive.concat(all.filter((el) => el.tabIndex === 0));
}

// Of a native radio group only the checked radio (or the first) is a Tab stop.
function radioStop(el) {
  if (!el.name) return true;
  const group = [...(el.form || el.getRootNode()).querySelectorAll('input[type=radio]')].filter((r) => r.name === el.name);
  const checked = group.find((r) => r.checked);
  return checked ? checked === el : group[0] === el;
}

/** The first element Tab reaches inside root, without looking at the rest of the page. */
export function firstTabbable(root) {
  if ([...root.querySelectorAll('[tabindex]')].some((el) => el.tabIndex > 0)) return tabbables(root)[0] || null;
  for (const el of root.querySelectorAll(FOCUSABLE)) {
    if (el.tabIndex === 0 && !disabled(el) && shown(el) && !(el.matches('input[type=radio]') && !radioStop(el))) return el;
  }
  return null;
}

/** True where typing produces text: keys there belong to the visitor, never to shortcuts. */
export function isEditable(el) {
  if (!el || el.nodeType !== 1) return false;
  if (el.isContentEditable) return true;
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  if (el.localName === 'input') {
    return !/^(button|checkbox|radio|submit|reset|image|file|color|range|hidden)$/.test(el.type);
  }
  return /^(textbox|searchbox|combobox|spinbutton)$/.test(el.getAttribute('role') || '');
}

function squash(s) {
  return (s || '').replace(/\s+/g, ' ').trim();
}

/** The element's accessible name, approximately (aria-labelledby, aria-label, labels, alt, text, title). */
export function nameOf(el) {
  const doc = el.ownerDocument;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = squash(ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent).join(' '));
    if (text) return text;
  }
  const label = squash(el.getAttribute('aria-label'));
  if (label) return label;
  if (el.labels && el.labels.length) return squash([...el.labels].map((l) => l.textContent).join(' '));
  if (el.localName === 'img' || el.localName === 'area' || (el.localName === 'input' && el.type === 'image')) {
    const alt = squash(el.getAttribute('alt'));
    if (alt) return alt;
  }
  if (el.localName === 'input' && /^(submit|reset|button)$/.test(el.type)) return squash(el.value);
  const text = squash(textOf(el));
  return text || squash(el.getAttribute('title'));
}

// Text content with images' alt text, skipping what is hidden from everyone.
function textOf(node) {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.data;
    else if (child.nodeType === 1) {
      if (child.getAttribute('aria-hidden') === 'true' || child.hidden || /^(script|style|template)$/.test(child.localName)) continue;
      out += child.localName === 'img' ? ' ' + (child.getAttribute('alt') || '') + ' ' : ' ' + textOf(child) + ' ';
    }
  }
  return out;
}

/**
 * Moves focus to an element the visitor asked for (a skip link, a page-map item). An element that
 * cannot take focus gets tabindex="-1" until focus leaves it again.
 */
export function focusTarget(el) {
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'start' });
}
