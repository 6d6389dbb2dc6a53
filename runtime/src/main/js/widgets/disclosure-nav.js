// APG disclosure navigation (w3.org/WAI/ARIA/apg/patterns/disclosure/examples/disclosure-navigation/)
// for site navigation a repair marked "disclosure-nav": buttons with aria-expanded + aria-controls
// that show lists of links. Never turned into role=menu: the links stay in the Tab order. Enter /
// Space run a custom button's own click, aria-expanded follows what is shown, Esc closes the open
// dropdown through its button and focuses the button, and the optional arrows, Home and End move
// among the top-level buttons and links, or among the links of the open dropdown.
import { isNativeControl, shown } from '../dom.js';
import { setAttr } from '../journal.js';
import { KEYS, controlled, plain, press, register, setState, visible } from './common.js';

const LINK = 'a[href],[role=link]';

export function attach(root) {
  const contentOf = (b) => controlled(b) || (b.hasAttribute('aria-expanded') && b.nextElementSibling && b.nextElementSibling.matches('ul,ol,div') ? b.nextElementSibling : null);
  const buttonsOf = () => [...root.querySelectorAll('button,[role=button]')].filter(contentOf);
  function sync() {
    for (const b of buttonsOf()) {
      setState(b, 'aria-expanded', shown(contentOf(b)), false);
      if (!isNativeControl(b) && !b.hasAttribute('tabindex')) setAttr(b, 'tabindex', '0', KEYS);
    }
  }
  return register({
    root,
    owns: (n) => root.contains(n),
    sync,
    keydown(e) {
      if (!plain(e) || e.shiftKey) return false;
      const t = e.target;
      const buttons = buttonsOf();
      const contents = buttons.map(contentOf);
      const own = buttons.indexOf(t);
      const open = buttons.findIndex((b, i) => shown(contents[i]) && (b === t || contents[i].contains(t)));
      if (e.key === 'Escape') {
        if (open < 0) return false;
        if (shown(contents[open])) buttons[open].click();
        sync();
        buttons[open].focus();
        return true;
      }
      if (e.key === 'Enter' || e.key === ' ') return own >= 0 && press(t, e);
      if (!/^(Arrow(Up|Down|Left|Right)|Home|End)$/.test(e.key)) return false;
      const top = visible([...root.querySelectorAll(`${LINK},button,[role=button]`)]).filter((el) => !contents.some((c) => c.contains(el)));
      const links = open >= 0 && contents[open].contains(t) ? visible(contents[open].querySelectorAll(LINK)) : null;
      const list = links || top;
      const at = list.indexOf(t);
      if (at < 0) return false;
      let to = at;
      if (e.key === 'Home') to = 0;
      else if (e.key === 'End') to = list.length - 1;
      else if (/Up|Left/.test(e.key)) to = Math.max(0, at - 1);
      else if (e.key === 'ArrowDown' && !links && own >= 0 && open === own) {
        const first = visible(contents[own].querySelectorAll(LINK))[0];
        if (first) { first.focus(); return true; }
      } else to = Math.min(list.length - 1, at + 1);
      list[to].focus();
      return true;
    },
    clicked: sync,
  });
}
