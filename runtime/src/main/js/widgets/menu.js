// APG menu and menubar (w3.org/WAI/ARIA/apg/patterns/menubar/) for a custom [role=menubar] or
// [role=menu] a repair marked "menubar" or "menu"; menubutton.js uses the menu keys too. Menus
// open and close through the page's own controls (a click on the item or button that owns them):
// the runtime never shows or hides the page's content itself.
import { isNativeControl, shown } from '../dom.js';
import { setAttr } from '../journal.js';
import {
  KEYS, STATE, controlled, focusable, moveTo, navigates, plain, printable, register, rove, roves, setState, step, typeAhead, visible,
} from './common.js';

const ITEM = '[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio]';
const CHECKABLE = '[role=menuitemcheckbox],[role=menuitemradio]';
const MENU = '[role=menu],[role=menubar]';

/** Every item of a menu (not of its submenus), shown or not. */
export const allItems = (menu) => [...menu.querySelectorAll(ITEM)].filter((i) => i.closest(MENU) === menu);
/** The items arrows can reach now. */
export const itemsOf = (menu) => visible(allItems(menu));

/** The submenu an item opens: named by aria-controls, right after it, or inside it. */
export function submenuOf(item) {
  const c = controlled(item);
  if (c && c.matches('[role=menu]')) return c;
  const next = item.nextElementSibling;
  if (next && next.matches('[role=menu]')) return next;
  return item.querySelector('[role=menu]');
}

function parentItemOf(menu) {
  const up = menu.parentElement && menu.parentElement.closest(MENU);
  return up ? allItems(up).find((i) => submenuOf(i) === menu) || null : null;
}

/** Items of a popup menu can take focus from script (tabindex="-1" where they had none). */
export function prepare(menu) {
  for (const i of allItems(menu)) if (!focusable(i)) setAttr(i, 'tabindex', '-1', KEYS);
}

export function focusIn(menu, where) {
  prepare(menu);
  const items = itemsOf(menu);
  const item = where === 'last' ? items[items.length - 1] : items[0];
  if (item) item.focus();
}

/** Opens an item's submenu through the item's own click, then focuses its first or last item. */
export function openSub(item, where) {
  const sub = submenuOf(item);
  if (!shown(sub) && !navigates(item)) item.click();
  if (!shown(sub)) return true;
  setState(item, 'aria-expanded', true, true);
  focusIn(sub, where);
  return true;
}

export function closeSub(item) {
  const sub = submenuOf(item);
  if (sub && shown(sub) && !navigates(item)) item.click();
  if (sub) setState(item, 'aria-expanded', shown(sub), true);
}

/** Whether focus has nowhere sensible to be after a menu closed. */
export const lost = (doc, menu) => {
  const a = doc.activeElement;
  return !a || a === doc.body || !shown(a) || menu.contains(a);
};

/**
 * Keys inside a vertical menu; true when handled. ctx: close(refocus) closes this menu and
 * returns focus to what opened it; closeAll(refocus) closes every menu up to the top; bar (in a
 * menubar) moves to the previous / next menubar item; nested tells a submenu of a submenu.
 */
export function menuKey(menu, e, ctx, state) {
  const items = itemsOf(menu);
  const item = e.target.closest(ITEM);
  const at = items.indexOf(item);
  if (at < 0 || !plain(e)) return false;
  const go = (i) => { if (ctx.roving) moveTo(items, items[i]); else items[i].focus(); return true; };
  switch (e.key) {
    case 'ArrowDown': return go(step(items.length, at, 1, true));
    case 'ArrowUp': return go(step(items.length, at, -1, true));
    case 'Home': case 'PageUp': return go(0);
    case 'End': case 'PageDown': return go(items.length - 1);
    case 'Escape': return ctx.close(true);
    case 'Tab': ctx.closeAll(false); return false;
    case 'ArrowRight':
      if (submenuOf(item)) return openSub(item, 'first');
      if (ctx.bar) { ctx.bar(1); return true; }
      return false;
    case 'ArrowLeft':
      if (ctx.nested) return ctx.close(true);
      if (ctx.bar) { ctx.bar(-1); return true; }
      return false;
    case 'Enter': case ' ':
      if (e.shiftKey) return false;
      if (submenuOf(item)) return openSub(item, 'first');
      if (e.key === 'Enter' && isNativeControl(item)) {
        // The browser follows the link; the menu closes behind it.
        setTimeout(() => ctx.closeAll(true));
        return false;
      }
      item.click();
      if (!(e.key === ' ' && item.matches(CHECKABLE))) ctx.closeAll(true);
      return true;
    default:
      if (!printable(e)) return false;
      { const hit = typeAhead(state, items, item, e.key); if (hit) go(items.indexOf(hit)); }
      return true;
  }
}

/** Before a click on a checkable item: its state, to see whether the page's handler changed it. */
export function checkBefore(e, menus) {
  const item = e.target.closest && e.target.closest(CHECKABLE);
  return item && menus.some((m) => m && m.contains(item)) ? { item, checked: item.getAttribute('aria-checked') } : null;
}

/** After the click: a checkbox item the page did not toggle is toggled, a radio item checked. */
export function checkAfter(before) {
  if (!before || before.item.getAttribute('aria-checked') !== before.checked || before.item.getAttribute('aria-disabled') === 'true') return;
  const { item } = before;
  if (item.matches('[role=menuitemcheckbox]')) {
    setAttr(item, 'aria-checked', before.checked === 'true' ? 'false' : 'true', STATE);
    return;
  }
  const group = item.closest('[role=group]') || item.closest(MENU);
  for (const r of group.querySelectorAll('[role=menuitemradio]')) setAttr(r, 'aria-checked', r === item ? 'true' : 'false', STATE);
}

export function attach(root, pattern) {
  const bar = root.matches(MENU) ? root : root.querySelector(pattern === 'menubar' ? '[role=menubar]' : '[role=menu]');
  if (!bar) return null;
  const doc = root.ownerDocument;
  const isBar = bar.matches('[role=menubar]');
  const vertical = !isBar || bar.getAttribute('aria-orientation') === 'vertical';
  const state = {};
  const menus = () => [bar, ...bar.querySelectorAll('[role=menu]')];

  // The chain of items that opened `menu`, from the menubar's item down to its own parent.
  function chain(menu) {
    const out = [];
    for (let m = menu, p = parentItemOf(m); p && bar.contains(p); m = p.closest(MENU), p = parentItemOf(m)) out.unshift(p);
    return out;
  }
  function ctxFor(menu) {
    const up = chain(menu);
    const parent = up[up.length - 1];
    const top = up[0];
    const closeAll = (refocus) => {
      for (const p of up.slice().reverse()) closeSub(p);
      if (refocus && top && lost(doc, menu)) moveTo(itemsOf(bar), top);
    };
    return {
      roving: menu === bar,
      nested: up.length > 1,
      close(refocus) {
        if (!parent) return false;
        closeSub(parent);
        if (refocus) (up.length > 1 ? parent.focus() : moveTo(itemsOf(bar), parent));
        return true;
      },
      closeAll,
      bar: isBar && !vertical && top ? (d) => {
        closeAll(false);
        const list = itemsOf(bar);
        moveTo(list, list[step(list.length, list.indexOf(top), d, true)]);
      } : null,
    };
  }
  function barKey(e) {
    const items = itemsOf(bar);
    const item = e.target.closest(ITEM);
    const at = items.indexOf(item);
    if (at < 0 || !plain(e)) return false;
    const go = (i) => { moveTo(items, items[i]); return true; };
    const [next, prev, open, openLast] = vertical ? ['ArrowDown', 'ArrowUp', 'ArrowRight', ''] : ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];
    switch (e.key) {
      case next: return go(step(items.length, at, 1, true));
      case prev: return go(step(items.length, at, -1, true));
      case 'Home': return go(0);
      case 'End': return go(items.length - 1);
      case open: case openLast: return submenuOf(item) ? openSub(item, e.key === openLast ? 'last' : 'first') : false;
      case 'Enter': case ' ':
        if (e.shiftKey) return false;
        if (submenuOf(item)) return openSub(item, 'first');
        if (e.key === 'Enter' && isNativeControl(item)) return false;
        item.click();
        return true;
      default:
        if (!printable(e)) return false;
        { const hit = typeAhead(state, items, item, e.key); if (hit) moveTo(items, hit); }
        return true;
    }
  }

  return register({
    root,
    owns: (n) => bar.contains(n),
    sync() {
      const top = allItems(bar);
      if (top.length && !roves(top)) rove(top, top.find((i) => i.tabIndex >= 0 && shown(i)) || top[0]);
      for (const m of menus()) {
        if (m !== bar) prepare(m);
        for (const i of allItems(m)) { const sub = submenuOf(i); if (sub) setState(i, 'aria-expanded', shown(sub), true); }
      }
    },
    keydown(e) {
      const menu = e.target.closest(MENU);
      if (!menu || !bar.contains(menu)) return false;
      return menu === bar && isBar ? barKey(e) : menuKey(menu, e, ctxFor(menu), state);
    },
    beforeClick: (e) => checkBefore(e, menus()),
    clicked: (e, before) => checkAfter(before),
  });
}
