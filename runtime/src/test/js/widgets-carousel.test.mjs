// Carousel repairs (APG carousel rows), in every engine. The fixtures' timers are driven by the
// tests (?interval=manual: siteTick() is the page's own rotation step) so that runs compare
// exactly; one test uses the page's real setInterval.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read, open, sleep } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const slide = (b) => b.eval(() => ['s1', 's2', 's3'].find((id) => !document.getElementById(id).hidden));
/** Runs one step of the page's own timer; true when the carousel moved on. */
const rotates = async (b) => { const was = await slide(b); await b.eval(() => window.siteTick()); return (await slide(b)) !== was; };
const label = (b) => read.text(b, 'rot');
const live = (b) => read.attr(b, 'slides', 'aria-live');

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/carousel-broken.html?interval=manual', correct: 'widgets/carousel-correct.html?interval=manual' });

    w.apg('carousel/live-off-while-rotating', 'The slides are aria-live="off" while rotating and "polite" once stopped', async (b) => {
      assert.equal(await rotates(b), true);
      assert.equal(await live(b), 'off');
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal(await live(b), 'polite');
    });

    w.apg('carousel/stops-on-focus', 'Rotation stops when focus enters the carousel', async (b) => {
      assert.equal(await rotates(b), true, 'it rotates');
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'rot');
      assert.equal(await rotates(b), false, 'stopped');
      assert.equal(await label(b), 'Start automatic slide show');
      await b.press('Tab');
      await b.press('Tab');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 's2a', 'Tab reaches the shown slide\'s link');
      assert.equal(await rotates(b), false);
    });

    w.apg('carousel/stays-stopped', 'Once stopped by focus it does not resume when focus leaves', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await read.focus(b, 'after');
      assert.equal(await rotates(b), false);
      assert.equal(await rotates(b), false);
    });

    w.apg('carousel/rotation-control', 'Activating the rotation control starts and stops the rotation; focus stays on it', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('Enter');
      assert.equal((await b.focused()).id, 'rot');
      assert.equal(await label(b), 'Stop automatic slide show');
      assert.equal(await rotates(b), true, 'rotating again');
      assert.equal(await live(b), 'off');
      await b.press(' ');
      assert.equal(await rotates(b), false);
      assert.equal(await live(b), 'polite');
    });

    w.apg('carousel/stops-on-hover', 'Rotation pauses while the pointer is over the carousel and resumes when it leaves', async (b) => {
      await b.hover('#slides');
      await sleep(50);
      assert.equal(await rotates(b), false, 'paused under the pointer');
      await b.hover('#after');
      await sleep(50);
      assert.equal(await rotates(b), true, 'resumed');
    });

    w.apg('carousel/prev-next-keep-focus', 'Previous and next change the slide and leave focus on the button', async (b) => {
      await read.focus(b, 'next');
      await b.press('Enter');
      assert.equal(await slide(b), 's2');
      await b.press(' ');
      assert.equal(await slide(b), 's3');
      assert.equal((await b.focused()).id, 'next');
      await b.press('Tab', ['Shift']);
      await b.press('Enter');
      assert.equal(await slide(b), 's2');
      assert.equal((await b.focused()).id, 'prev');
    });

    it('a rotation control named only by data-curbcut-part="rotation" (its name says no "stop") is used too, its state counted from its clicks', async () => {
      const b = w.b();
      await open(b, 'widgets/carousel-part.html?interval=manual', true);
      assert.equal(await rotates(b), true);
      assert.equal(await live(b), 'off', 'the part named "slides" is the live region');
      await b.hover('#slides');
      await sleep(50);
      assert.equal(await rotates(b), false, 'paused under the pointer');
      await b.hover('#after');
      await sleep(50);
      assert.equal(await rotates(b), true, 'resumed');
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal(await rotates(b), false, 'stopped by focus');
      assert.equal(await live(b), 'polite');
      await b.press('Enter');
      assert.equal(await rotates(b), true, 'the visitor started it again');
      assert.equal(await label(b), 'Automatische Diashow anhalten');
      await read.focus(b, 'after');
      await read.focus(b, 'next');
      assert.equal(await rotates(b), false, 'focus stops it again');
    });

    it('with the page\'s real timer, rotation under focus stops (broken carousel, runtime)', async () => {
      const b = w.b();
      await open(b, 'widgets/carousel-broken.html?interval=150', true);
      const seen = new Set();
      for (let i = 0; i < 20 && seen.size < 2; i++) { seen.add(await slide(b)); await sleep(50); }
      assert.ok(seen.size >= 2, 'it rotates by itself');
      await read.focus(b, 'before');
      await b.press('Tab');
      const now = await slide(b);
      await sleep(600);
      assert.equal(await slide(b), now, 'no slide change for four intervals');
    });
  });
}
