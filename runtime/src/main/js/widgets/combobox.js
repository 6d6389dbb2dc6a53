// APG combobox with a listbox popup (w3.org/WAI/ARIA/apg/patterns/combobox/) for a custom
// [role=combobox] a repair marked "combobox". DOM focus stays in the input: the option the
// visitor moves to is named by aria-activedescendant (the one pattern here without roving
// tabindex) and shown with an outline. Down opens the popup and moves to the first option (Up:
// the last; Alt+Down opens without moving), Down / Up move, wrapping, Enter accepts the option
// through its own click, Esc and Alt+Up close; Home / End / Left / Right and typing go back to the
// text. The popup opens and closes through the page's own toggle button (a button naming it with
// aria-controls, or the one button beside the input); without one, the runtime cannot open or
// close it, only move among the options the page shows.
import { shown } from '../dom.js';
import { setAttr } from '../journal.js';
import { KEYS, STATE, controlled, register, setState, visible } from './common.js';

const ACTIVE = 'data-curbcut-active';
let sheet = null;
let ids = 0;

// The outline of the option named by aria-activedescendant, from a constructed style sheet (no
// inline style, so a strict CSP allows it). It applies only inside popups the runtime marked, and
// the mark goes with "turn off this site's fixes".
function outline(doc) {
  if (sheet || !doc.adoptedStyleSheets) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`[${ACTIVE}] [role=option][aria-selected=true]{outline:3px solid Highlight;outline-offset:-3px}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function attach(root) {
  const input = root.matches('[role=combobox]') ? root : root.querySelector('[role=combobox]');
  if (!input) return null;
  const doc = root.ownerDocument;
  const around = root === input ? input.parentElement : root;
  const popupOf = () => controlled(input) || (around && around.querySelector('[role=listbox]'));
  const toggleOf = (popup) => {
    const buttons = around ? [...around.querySelectorAll('button,[role=button]')].filter((b) => b !== input && !popup.contains(b)) : [];
    return buttons.find((b) => popup.id && (b.getAttribute('aria-controls') || '').split(/\s+/).includes(popup.id)) ||
      (buttons.length === 1 ? buttons[0] : null);
  };
  let active = null;

  function clear() {
    if (active) setAttr(active, 'aria-selected', 'false', STATE);
    if (active || input.getAttribute('aria-activedescendant')) setAttr(input, 'aria-activedescendant', '', KEYS);
    active = null;
  }
  function activate(option, popup) {
    if (active && active !== option) setAttr(active, 'aria-selected', 'false', STATE);
    if (!option.id) {
      let id;
      do id = `curbcut-option-${++ids}`; while (doc.getElementById(id));
      setAttr(option, 'id', id, KEYS);
    }
    outline(doc);
    setAttr(popup, ACTIVE, '', KEYS);
    setAttr(input, 'aria-activedescendant', option.id, KEYS);
    setAttr(option, 'aria-selected', 'true', STATE);
    active = option;
    option.scrollIntoView({ block: 'nearest' });
  }
  // Opening and closing are the page's: its toggle button's click.
  function toggle(popup, want) {
    const t = toggleOf(popup);
    if (t && shown(popup) !== want) t.click();
    sync();
  }
  function sync() {
    const popup = popupOf();
    if (!popup) return;
    setState(input, 'aria-expanded', shown(popup), false);
    if (active && (!shown(popup) || !shown(active))) clear();
  }

  return register({
    root,
    owns: (n) => n === input || !!(popupOf() && popupOf().contains(n)),
    sync,
    keydown(e) {
      const popup = popupOf();
      if (!popup || e.target !== input || e.ctrlKey || e.metaKey) return false;
      const open = shown(popup);
      const options = open ? visible(popup.querySelectorAll('[role=option]')) : [];
      const at = options.indexOf(active);
      const to = (i) => { const list = visible(popup.querySelectorAll('[role=option]')); if (list.length) activate(list[(i + list.length) % list.length], popup); return true; };
      switch (e.key) {
        case 'ArrowDown':
          if (!open) { toggle(popup, true); return shown(popup) && (e.altKey || to(0)); }
          return e.altKey || to(at + 1);
        case 'ArrowUp':
          if (e.altKey) { if (open) { clear(); toggle(popup, false); } return open; }
          if (!open) { toggle(popup, true); return shown(popup) && to(-1); }
          return to(at < 0 ? -1 : at - 1);
        case 'Enter':
          if (!open || !active || e.altKey) return false;
          { const o = active; clear(); o.click(); }
          toggle(popup, false);
          return true;
        case 'Escape':
          if (!open) return false;
          clear();
          toggle(popup, false);
          return true;
        default:
          if (active && (e.key.length === 1 || /^(Home|End|ArrowLeft|ArrowRight|Backspace|Delete)$/.test(e.key))) clear();
          return false;
      }
    },
    clicked: sync,
  });
}
