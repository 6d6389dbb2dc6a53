// APG menu button (w3.org/WAI/ARIA/apg/patterns/menu-button/) for a custom button a repair
// marked "menubutton", with its [role=menu] (named by aria-controls, or right after the button).
// The menu opens and closes through the button's own click; the runtime moves focus into it,
// keeps aria-expanded true to what is shown, and adds the menu keys (menu.js).
import { isNativeControl, shown } from '../dom.js';
import { byKeyboard, controlled, lastKeyName, plain, register, setState } from './common.js';
import { checkAfter, checkBefore, focusIn, lost, menuKey, prepare } from './menu.js';

export function attach(button) {
  if (button.matches('input,select,textarea')) return null;
  const doc = button.ownerDocument;
  const state = {};
  const menuOf = () => {
    const c = controlled(button);
    if (c && c.matches('[role=menu]')) return c;
    const next = button.nextElementSibling;
    if (next && next.matches('[role=menu]')) return next;
    return button.parentElement ? button.parentElement.querySelector(':scope > [role=menu]') : null;
  };
  const sync = () => {
    const menu = menuOf();
    if (!menu) return;
    setState(button, 'aria-expanded', shown(menu), true);
    prepare(menu);
  };
  const close = (refocus) => {
    const menu = menuOf();
    if (menu && shown(menu)) button.click();
    sync();
    if (refocus) button.focus();
    return true;
  };
  const ctx = {
    close,
    closeAll: (refocus) => {
      const menu = menuOf();
      const wasLost = menu && lost(doc, menu);
      close(false);
      if (refocus && (wasLost || lost(doc, menu))) button.focus();
    },
  };
  function open(where) {
    const menu = menuOf();
    if (!menu) return false;
    if (!shown(menu)) button.click();
    if (shown(menu)) { sync(); focusIn(menu, where); }
    return true;
  }

  return register({
    root: button,
    owns: (n) => button.contains(n) || !!(menuOf() && menuOf().contains(n)),
    sync,
    keydown(e) {
      const menu = menuOf();
      if (!menu) return false;
      if (menu.contains(e.target)) return menuKey(menu, e, ctx, state);
      if (!plain(e) || e.shiftKey) return false;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') return open(e.key === 'ArrowUp' ? 'last' : 'first');
      if ((e.key === 'Enter' || e.key === ' ') && !isNativeControl(button)) {
        button.click(); // the page's own toggle; clicked() below moves focus in
        return true;
      }
      return false;
    },
    beforeClick: (e) => checkBefore(e, [menuOf()]),
    clicked(e, before) {
      if (before) return checkAfter(before);
      // Enter or Space on the button (native, or activated by the runtime) opened the menu.
      const menu = menuOf();
      if (!menu || !button.contains(e.target) || !byKeyboard(e) || !/^(Enter| )$/.test(lastKeyName())) return;
      sync();
      if (shown(menu) && !menu.contains(doc.activeElement)) focusIn(menu, 'first');
    },
  });
}
