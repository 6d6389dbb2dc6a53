// APG accordion (w3.org/WAI/ARIA/apg/patterns/accordion/) for custom headers a repair marked with
// "accordion" on their container: header buttons with aria-controls. Enter / Space run the
// header's own click; aria-expanded follows whether its panel is shown; Down / Up / Home / End move
// among the headers. Every header stays a Tab stop (an accordion is not one composite widget).
import { isNativeControl, shown } from '../dom.js';
import { setAttr } from '../journal.js';
import { KEYS, controlled, plain, press, register, setState, step, visible } from './common.js';

export function attach(root) {
  const headersOf = () => [...root.querySelectorAll('button[aria-controls],[role=button][aria-controls]')]
    .filter((h) => h.closest('[data-curbcut-widget]') === root && controlled(h));
  function sync() {
    for (const h of headersOf()) {
      setState(h, 'aria-expanded', shown(controlled(h)), false);
      if (!isNativeControl(h) && !h.hasAttribute('tabindex')) setAttr(h, 'tabindex', '0', KEYS);
    }
  }
  return register({
    root,
    owns: (n) => root.contains(n),
    sync,
    keydown(e) {
      const headers = visible(headersOf());
      const at = headers.indexOf(e.target);
      if (at < 0 || !plain(e)) return false;
      const go = (i) => { headers[i].focus(); return true; };
      switch (e.key) {
        case 'ArrowDown': return !e.shiftKey && go(step(headers.length, at, 1, true));
        case 'ArrowUp': return !e.shiftKey && go(step(headers.length, at, -1, true));
        case 'Home': return go(0);
        case 'End': return go(headers.length - 1);
        case 'Enter': case ' ': return press(e.target, e);
        default: return false;
      }
    },
    clicked: sync,
  });
}
