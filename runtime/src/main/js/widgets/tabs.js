// APG tabs (w3.org/WAI/ARIA/apg/patterns/tabs/) for a custom [role=tablist] a repair marked
// "tabs" (on the tablist or on an element around it). Arrows move among the tabs (roving
// tabindex) and select the focused tab through its own click (automatic activation); each tab's
// aria-selected follows whether its panel is shown; a panel with nothing focusable in it becomes
// a Tab stop.
import { isNativeControl, shown, tabbables } from '../dom.js';
import { setAttr } from '../journal.js';
import { KEYS, controlled, moveTo, plain, press, register, rove, roves, setState, step, visible } from './common.js';

export function attach(root) {
  const list = root.matches('[role=tablist]') ? root : root.querySelector('[role=tablist]');
  if (!list) return null;
  const scope = list === root ? list.parentElement || list : root;
  const tabsOf = () => [...list.querySelectorAll('[role=tab]')].filter((t) => t.closest('[role=tablist]') === list);
  const panelOf = (tab, tabs) => {
    const c = controlled(tab);
    if (c) return c;
    const panels = [...scope.querySelectorAll('[role=tabpanel]')];
    return panels[tabs.indexOf(tab)] || null;
  };
  const vertical = () => list.getAttribute('aria-orientation') === 'vertical';
  const selected = (tabs) => tabs.find((t) => { const p = panelOf(t, tabs); return p && shown(p); }) ||
    tabs.find((t) => t.getAttribute('aria-selected') === 'true') || tabs[0];

  function sync() {
    const tabs = tabsOf();
    if (!tabs.length) return;
    for (const t of tabs) {
      const p = panelOf(t, tabs);
      if (!p) continue;
      setState(t, 'aria-selected', shown(p), true);
      if (shown(p) && !p.hasAttribute('tabindex') && !tabbables(p).length) setAttr(p, 'tabindex', '0', KEYS);
    }
    // One Tab stop: the selected tab (a click may have selected another).
    const sel = selected(tabs);
    if (!roves(tabs) || sel.tabIndex < 0) rove(tabs, sel);
  }

  function select(tab, tabs) {
    moveTo(tabs, tab);
    const p = panelOf(tab, tabs);
    if (!(p && shown(p))) tab.click();
    sync();
  }

  return register({
    root,
    owns: (n) => list.contains(n),
    sync,
    keydown(e) {
      const tab = e.target.closest('[role=tab]');
      const tabs = visible(tabsOf());
      const at = tabs.indexOf(tab);
      if (at < 0 || !plain(e) || e.shiftKey) return false;
      const [prev, next] = vertical() ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
      const go = (i) => { select(tabs[i], tabs); return true; };
      switch (e.key) {
        case next: return go(step(tabs.length, at, 1, true));
        case prev: return go(step(tabs.length, at, -1, true));
        case 'Home': return go(0);
        case 'End': return go(tabs.length - 1);
        case 'Enter': case ' ':
          if (isNativeControl(tab)) return false;
          return press(tab, e);
        default: return false;
      }
    },
    clicked(e) {
      if (e.target.closest('[role=tab]')) sync();
    },
  });
}
