// Modal popups (APG dialog-modal): when a role=dialog/alertdialog with aria-modal="true", or a
// popup the repairs marked, appears, the rest of the page becomes inert, Tab wraps inside, Esc
// closes it through the site's own close control, and focus returns to what opened it. A native
// <dialog> opened with showModal() is the browser's job. Non-modal popups are never trapped.
import { shown, tabbables, nameOf } from './dom.js';
import { fixesOn, record, setAttr } from './journal.js';

const MODAL = '[role=dialog][aria-modal=true],[role=alertdialog][aria-modal=true],[data-curbcut-popup=modal]';
const WHY = { rule: 'modal-dialog-focus', wcag: '2.4.3' };
const CLOSE_WORDS = /^(close|dismiss|cancel|no thanks|not now|×|✕|x|cerrar|schließen|fermer)\b/i;
/** A popup that opens this soon after the visitor's click or key press was opened by them. */
const USER_ACTION_MS = 1500;

let open = null; // { dialog, opener, inerted: Element[] }
let lastAction = { at: -Infinity, element: null };

/** Remembers the visitor's last action and what it was on, to know who opened a popup. */
export function trackActions(doc) {
  const note = (e) => {
    if (!e.isTrusted) return;
    const t = e.composedPath().find((n) => n.nodeType === 1);
    const focused = doc.activeElement && doc.activeElement !== doc.body ? doc.activeElement : null;
    lastAction = { at: performance.now(), element: e.type === 'keydown' ? focused : t?.closest('a[href],button,input,select,textarea,summary,[tabindex],[role=button],[role=link]') || focused };
  };
  doc.addEventListener('keydown', note, true);
  doc.addEventListener('pointerdown', note, true);
  doc.addEventListener('click', note, true);
}

/** Checks the page for a modal that opened or closed; called once per batch of changes. */
export function syncModals(doc) {
  if (open && !(open.dialog.isConnected && shown(open.dialog))) closeModal(doc);
  if (open || !fixesOn()) return;
  const dialog = [...doc.querySelectorAll(MODAL)].find((d) => shown(d) && !d.closest('[inert]'));
  if (dialog) openModal(doc, dialog);
}

function openModal(doc, dialog) {
  const byUser = performance.now() - lastAction.at < USER_ACTION_MS;
  const inerted = [];
  // Every sibling of the dialog and of each of its ancestors, the runtime's own bar included.
  for (let node = dialog; node && node !== doc.documentElement; node = node.parentElement) {
    for (const sib of node.parentElement ? node.parentElement.children : []) {
      if (sib === node || sib.inert || /^(head|script|style|template|link|meta)$/.test(sib.localName)) continue;
      setAttr(sib, 'inert', '');
      inerted.push(sib);
    }
  }
  open = { dialog, opener: byUser ? lastAction.element : null, inerted };
  record(dialog, WHY);
  // Focus moves in only because the visitor opened it (R6); a popup shown on load waits for Tab,
  // which can reach nothing but the popup now.
  if (byUser && !dialog.contains(doc.activeElement)) {
    const first = tabbables(dialog)[0];
    if (first) first.focus();
    else {
      if (!dialog.hasAttribute('tabindex')) setAttr(dialog, 'tabindex', '-1');
      dialog.focus();
    }
  }
}

function closeModal(doc) {
  const { dialog, opener, inerted } = open;
  open = null;
  for (const el of inerted) if (el.hasAttribute('inert')) el.removeAttribute('inert');
  const now = doc.activeElement;
  const focusIsLost = !now || now === doc.body || !now.isConnected || !shown(now) || dialog.contains(now);
  if (!focusIsLost || performance.now() - lastAction.at > USER_ACTION_MS) return;
  // Back to what opened it; a popup shown on load had no opener: then the start of the page,
  // rather than wherever the browser's focus starting point was left (the end, in Chromium).
  if (opener && opener.isConnected && shown(opener)) opener.focus();
  else {
    const ui = doc.querySelector('[data-curbcut-ui]');
    const start = (ui && tabbables(ui.shadowRoot)[0]) || tabbables(doc.body)[0];
    start?.focus();
  }
}

/** The site's own close control inside the dialog, if it has one. */
export function closeControl(dialog) {
  const candidates = [...dialog.querySelectorAll('button,[role=button],a[href],input[type=button]')].filter(shown);
  return candidates.find((c) => CLOSE_WORDS.test(nameOf(c))) ||
    candidates.find((c) => /(^|[-_\s])(close|dismiss)([-_\s]|$)/i.test(c.className || '')) || null;
}

/**
 * Tab and Shift+Tab wrap inside the open modal; Esc closes it through its close control. A click
 * (the visitor's, or the one Esc gives the close control) is followed at once by a check for a
 * modal that opened or closed, so focus moves in or back without waiting for the next frame.
 */
export function installModalKeys(doc) {
  doc.defaultView.addEventListener('click', () => syncModals(doc));
  doc.addEventListener('keydown', (e) => {
    if (!open || e.defaultPrevented || !fixesOn()) return;
    const { dialog } = open;
    if (e.key === 'Escape') {
      const close = closeControl(dialog);
      if (close) {
        e.preventDefault();
        close.click();
      }
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const stops = tabbables(dialog);
    if (!stops.length) { e.preventDefault(); return; }
    const at = stops.indexOf(doc.activeElement);
    if (e.shiftKey && (at <= 0)) { e.preventDefault(); stops[stops.length - 1].focus(); }
    else if (!e.shiftKey && (at === -1 || at === stops.length - 1)) { e.preventDefault(); stops[0].focus(); }
  });
}
