// Single-key quick navigation (H, M, F, B, G, 1–6; Shift goes back). Off until the visitor turns
// it on in the settings; then scoped by keys.quickKeyAllowed (R5, WCAG 2.1.4).
import { QUICK_TARGETS, effectiveQuickKeys, nextInOrder, quickKeyAllowed } from './keys.js';
import { isEditable, shown, focusTarget } from './dom.js';

let active = null;

/**
 * Turns quick keys on with the visitor's key map (keys.effectiveQuickKeys: {} means the
 * defaults), or off with map = null. `skip` is the runtime's own host, never a target.
 */
export function setQuickKeys(doc, map, skip) {
  if (active) doc.removeEventListener('keydown', active);
  active = null;
  if (!map) return;
  const keys = effectiveQuickKeys(map);
  active = (e) => {
    if (!quickKeyAllowed(e, isEditable)) return;
    const key = /^Digit\d$/.test(e.code) ? e.code.slice(5) : (e.key || '').toLowerCase();
    const target = keys[key];
    if (!target) return;
    const candidates = [...doc.querySelectorAll(QUICK_TARGETS[target])]
      .filter((el) => !skip.contains(el) && shown(el) && !el.closest('[inert],[aria-hidden=true]'));
    const next = nextInOrder(candidates, doc.activeElement, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    focusTarget(next);
  };
  doc.addEventListener('keydown', active);
}

