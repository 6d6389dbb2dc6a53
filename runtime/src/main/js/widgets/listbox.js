// APG listbox (w3.org/WAI/ARIA/apg/patterns/listbox/) for a custom [role=listbox] a repair
// marked "listbox", single or multiple selection (aria-multiselectable="true"). Roving tabindex
// over the options: the listbox is one Tab stop, on the selected option (or the first). Down / Up
// / Home / End / type-ahead move; in a single-select listbox the selection follows focus, in a
// multi-select one Space toggles, Shift+Down / Shift+Up move and toggle, Ctrl+A selects all (or
// none when all are selected). Selecting is the option's own click; when the page's handler does
// not expose it, the runtime sets aria-selected. A listbox that keeps DOM focus on itself with
// aria-activedescendant is left to the page.
import { isNativeControl } from '../dom.js';
import { setAttr } from '../journal.js';
import { KEYS, STATE, moveTo, printable, register, rove, roves, step, typeAhead, visible } from './common.js';

export function attach(root) {
  const box = root.matches('[role=listbox]') ? root : root.querySelector('[role=listbox]');
  if (!box || isNativeControl(box) || box.hasAttribute('aria-activedescendant')) return null;
  const state = {};
  const multi = () => box.getAttribute('aria-multiselectable') === 'true';
  const optionsOf = () => [...box.querySelectorAll('[role=option]')].filter((o) => o.closest('[role=listbox]') === box);
  const usable = (o) => o.getAttribute('aria-disabled') !== 'true';
  const isSel = (o) => o.getAttribute('aria-selected') === 'true';

  function sync() {
    const options = optionsOf();
    if (!options.length) return;
    // The listbox itself stops being a Tab stop of its own: its options are the one stop.
    if (box.tabIndex >= 0 && box.hasAttribute('tabindex')) setAttr(box, 'tabindex', '-1', KEYS);
    // One Tab stop: the selected option (single select), or where the visitor left it.
    const sel = options.find(isSel);
    if (!roves(options) || (!multi() && sel && sel.tabIndex < 0)) rove(options, sel || visible(options)[0] || options[0]);
  }
  // Selecting is the option's own click (see clicked() for the state).
  const select = (option) => { if (usable(option)) option.click(); };

  return register({
    root,
    owns: (n) => box.contains(n),
    sync,
    keydown(e) {
      const options = visible(optionsOf());
      const option = e.target.closest('[role=option]');
      const at = options.indexOf(option);
      if (at < 0 || e.altKey || e.metaKey) return false;
      const go = (i, toggle) => {
        const o = options[i];
        moveTo(optionsOf(), o);
        if (multi() ? toggle && o !== option : !isSel(o)) select(o);
        return true;
      };
      if (e.ctrlKey) {
        if (!multi() || e.key.toLowerCase() !== 'a') return false;
        const all = options.filter(usable);
        const to = !all.every(isSel);
        for (const o of all) if (isSel(o) !== to) select(o);
        return true;
      }
      switch (e.key) {
        case 'ArrowDown': return go(step(options.length, at, 1, false), e.shiftKey);
        case 'ArrowUp': return go(step(options.length, at, -1, false), e.shiftKey);
        case 'Home': return !e.shiftKey && go(0);
        case 'End': return !e.shiftKey && go(options.length - 1);
        case ' ':
          if (e.shiftKey) return false;
          if (multi() || !isSel(option)) select(option);
          return true;
        default:
          if (!printable(e)) return false;
          { const hit = typeAhead(state, options, option, e.key); if (hit) go(options.indexOf(hit)); }
          return true;
      }
    },
    beforeClick(e) {
      const o = e.target.closest && e.target.closest('[role=option]');
      return o && usable(o) ? { o, was: o.getAttribute('aria-selected') } : null;
    },
    // A click selects (single) or toggles (multi); when the page's handler does not expose it, the runtime does.
    clicked(e, b) {
      if (!b || b.o.getAttribute('aria-selected') !== b.was) return;
      if (multi()) setAttr(b.o, 'aria-selected', b.was === 'true' ? 'false' : 'true', STATE);
      else for (const o of optionsOf()) setAttr(o, 'aria-selected', o === b.o ? 'true' : 'false', STATE);
      sync();
    },
  });
}
