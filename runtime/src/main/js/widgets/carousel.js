// APG carousel (w3.org/WAI/ARIA/apg/patterns/carousel/) for a rotating carousel a repair marked
// "carousel". The runtime cannot stop the page's own timer; it uses the carousel's own rotation
// control: the element marked data-curbcut-part="rotation", or else the button in the carousel
// whose name says pause / stop / play / start. Its state is read from its name ("Pause…" or
// "Stop…" while rotating, "Play…" / "Start…" while stopped; with aria-pressed="true" the
// opposite), or, for a name that says neither, counted from its clicks. When any element in the
// carousel gets focus, the runtime activates that control if the carousel is rotating, and it
// stays stopped until the visitor activates the control; hovering pauses it the same way and
// leaving resumes it unless the visitor stopped it. The slides' container (marked
// data-curbcut-part="slides", or the carousel's aria-live element, or the slides' parent) is
// aria-live="off" while rotating and "polite" when stopped. Without a rotation control the
// runtime leaves the rotation alone (the audit reports it for the site to fix).
// Custom prev / next buttons get Enter / Space; activating them leaves focus where it is.
import { nameOf, shown } from '../dom.js';
import { record, setAttr } from '../journal.js';
import { byKeyboard, plain, press, register, visible } from './common.js';

const PART = 'data-curbcut-part';
const ROTATION = { rule: 'carousel-rotation', wcag: '2.2.2' };
const ROTATING = /\b(pause|stop)/i;
const STOPPED = /\b(play|start|resume)/i;

export function attach(root) {
  const doc = root.ownerDocument;
  let belief = true;
  let self = false;
  let hovering = false;
  let hoverPaused = false;
  const controlOf = () => root.querySelector(`[${PART}=rotation]`) ||
    visible(root.querySelectorAll('button,[role=button]')).find((b) => ROTATING.test(nameOf(b)) || STOPPED.test(nameOf(b))) || null;
  function rotating() {
    const c = controlOf();
    if (!c) return null;
    const name = nameOf(c);
    const pressed = c.getAttribute('aria-pressed') === 'true';
    if (ROTATING.test(name)) return !pressed;
    if (STOPPED.test(name)) return pressed;
    return belief;
  }
  const liveOf = () => root.querySelector(`[${PART}=slides]`) || root.querySelector('[aria-live]') ||
    (root.querySelector('[aria-roledescription=slide]') || {}).parentElement || null;
  function sync() {
    const r = rotating();
    const live = liveOf();
    if (r === null || !live) return;
    setAttr(live, 'aria-live', r ? 'off' : 'polite', ROTATION);
  }
  function toggle() {
    self = true;
    try { controlOf().click(); } finally { self = false; }
    record(root, ROTATION);
    sync();
  }

  return register({
    root,
    owns: (n) => root.contains(n),
    sync,
    keydown(e) {
      const b = e.target.closest('[role=button]');
      return !!b && root.contains(b) && plain(e) && press(b, e);
    },
    focusin(e) {
      if (!root.contains(e.target)) return;
      hoverPaused = false; // focus stops it for good, until the visitor starts it again
      if (rotating()) toggle();
    },
    // Pointer events come before the page's mouseenter / mouseleave: the runtime looks once the
    // page has answered them, so a carousel that pauses on hover itself is left to do so.
    pointerover(e) {
      if (hovering || !root.contains(e.target)) return;
      hovering = true;
      setTimeout(() => { if (hovering && rotating()) { toggle(); hoverPaused = true; } });
    },
    pointerout(e) {
      if (!hovering || root.contains(e.relatedTarget)) return;
      hovering = false;
      setTimeout(() => {
        if (hovering) return; // back over it already
        if (hoverPaused && !root.contains(doc.activeElement) && rotating() === false) toggle();
        hoverPaused = false;
      });
    },
    beforeClick: (e) => {
      const c = controlOf();
      return { c, on: c && c.contains(e.target), from: doc.activeElement };
    },
    clicked(e, b) {
      if (b.on) {
        belief = !belief;
        if (!self) hoverPaused = false; // the visitor decided
      }
      // Prev / next / rotation buttons leave focus where it was.
      const control = e.target.closest('button,[role=button]');
      if (control && byKeyboard(e) && b.from === control && doc.activeElement !== control && root.contains(doc.activeElement) && shown(control)) control.focus();
      sync();
    },
  });
}
