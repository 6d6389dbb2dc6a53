// Keyboard behaviour for the elements the repairs marked (the data-curbcut-* vocabulary written
// by the fix module; the Java side is org.curbcut.runtime.Markers). Only marked elements, never
// native controls, and never when the page's own handler already took the key.
import { isNativeControl, shown } from './dom.js';
import { fixesOn, record, setAttr } from './journal.js';

export const ACTIVATE = 'data-curbcut-activate';
export const DISCLOSURE = 'data-curbcut-disclosure';

const CLICK_TARGET = { rule: 'click-target-keyboard', wcag: '2.1.1' };
const DISCLOSURE_STATE = { rule: 'disclosure-state', wcag: '4.1.2' };

function activatable(target) {
  const el = target?.closest?.(`[${ACTIVATE}]`);
  if (!el || el !== target || isNativeControl(el) || !fixesOn()) return null;
  return el;
}

const CHECKED_STATE = { rule: 'aria-required-attr', wcag: '4.1.2' };

/**
 * A marked custom checkbox or switch whose click changes only how it looks (a class) would keep
 * the aria-checked its repair wrote forever; when the page's own click handler leaves the state
 * as it was, the click toggles it, as a native checkbox would.
 */
function keepCheckedState(win) {
  let before = null;
  win.addEventListener('click', (e) => {
    const el = e.target?.closest?.(`[${ACTIVATE}][role=checkbox],[${ACTIVATE}][role=switch]`);
    before = el && fixesOn() ? { el, state: el.getAttribute('aria-checked') } : null;
  }, true);
  win.addEventListener('click', (e) => {
    if (!before || e.defaultPrevented) return;
    const { el, state } = before;
    before = null;
    if (el.getAttribute('aria-checked') === state) setAttr(el, 'aria-checked', state === 'true' ? 'false' : 'true', CHECKED_STATE);
  });
}

/** Enter (on keydown) and Space (on keyup, buttons only) run the element's click, as APG says. */
export function installActivation(win) {
  keepCheckedState(win);
  let spaceOn = null;
  win.addEventListener('keydown', (e) => {
    const el = activatable(e.target);
    if (!el || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const role = el.getAttribute('role');
    if (e.key === 'Enter' && !e.repeat) {
      e.preventDefault();
      record(el, CLICK_TARGET);
      el.click();
    } else if (e.key === ' ' && role !== 'link') {
      e.preventDefault(); // no page scroll; the click comes on keyup
      spaceOn = el;
    }
  });
  win.addEventListener('keyup', (e) => {
    if (e.key !== ' ' || !spaceOn) return;
    const el = spaceOn;
    spaceOn = null;
    if (e.target === el && !e.defaultPrevented) {
      record(el, CLICK_TARGET);
      el.click();
    }
  });
}

/** Keeps aria-expanded of each marked disclosure button equal to whether its content is shown. */
export function syncDisclosures(doc) {
  if (!fixesOn()) return;
  for (const button of doc.querySelectorAll(`[${DISCLOSURE}][aria-controls]`)) {
    const id = button.getAttribute('aria-controls').trim().split(/\s+/)[0];
    const content = id && doc.getElementById(id);
    if (!content) continue;
    const state = shown(content) ? 'true' : 'false';
    if (button.getAttribute('aria-expanded') !== state) {
      setAttr(button, 'aria-expanded', state, DISCLOSURE_STATE);
    } else {
      record(button, DISCLOSURE_STATE);
    }
  }
}
