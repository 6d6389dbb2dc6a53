// APG radio group (w3.org/WAI/ARIA/apg/patterns/radio/) for a custom [role=radiogroup] a repair
// marked "radiogroup", made of [role=radio] elements (native radio buttons already have all of
// this). One Tab stop on the checked radio (or the first); arrows move, wrapping, and check
// through the radio's own click; Space checks. Checkboxes never get arrow keys: only role=radio
// is handled here.
import { setAttr } from '../journal.js';
import { STATE, moveTo, plain, register, rove, roves, step, visible } from './common.js';

export function attach(root) {
  const group = root.matches('[role=radiogroup]') ? root : root.querySelector('[role=radiogroup]');
  if (!group) return null;
  const radiosOf = () => [...group.querySelectorAll('[role=radio]')].filter((r) => !r.matches('input') && r.closest('[role=radiogroup]') === group);
  const usable = (r) => r.getAttribute('aria-disabled') !== 'true';
  const checkedOf = (radios) => radios.find((r) => r.getAttribute('aria-checked') === 'true');

  function sync() {
    const radios = radiosOf();
    if (!radios.length) return;
    // One Tab stop: the checked radio, or the first when none is checked.
    const checked = checkedOf(radios);
    if (!roves(radios) || (checked && checked.tabIndex < 0)) rove(radios, checked || visible(radios)[0] || radios[0]);
  }
  // The page's click is what checks a radio; when its handler does not say so, the runtime does.
  function checked(radio, before) {
    if (!usable(radio) || radio.getAttribute('aria-checked') === 'true' || (before && before !== radio.getAttribute('aria-checked'))) return;
    for (const r of radiosOf()) setAttr(r, 'aria-checked', r === radio ? 'true' : 'false', STATE);
  }
  function check(radio) {
    if (radio.getAttribute('aria-checked') !== 'true') radio.click();
  }

  return register({
    root,
    owns: (n) => group.contains(n),
    sync,
    keydown(e) {
      const radios = visible(radiosOf()).filter(usable);
      const radio = e.target.closest('[role=radio]');
      const at = radios.indexOf(radio);
      if (at < 0 || !plain(e) || e.shiftKey) return false;
      const go = (d) => { const r = radios[step(radios.length, at, d, true)]; moveTo(radiosOf(), r); check(r); return true; };
      switch (e.key) {
        case 'ArrowDown': case 'ArrowRight': return go(1);
        case 'ArrowUp': case 'ArrowLeft': return go(-1);
        case ' ': check(radio); return true;
        default: return false;
      }
    },
    beforeClick: (e) => {
      const r = e.target.closest && e.target.closest('[role=radio]');
      return r ? { r, was: r.getAttribute('aria-checked') } : null;
    },
    clicked(e, b) {
      if (b && b.r) checked(b.r, b.was);
      sync();
    },
  });
}
