// Radio group repairs (APG radio rows) and the checkbox rule (no arrow keys), in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const checked = (b, ids) => Promise.all(ids.map((id) => read.attr(b, id, 'aria-checked').then((v) => v === 'true')));

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/radio-broken.html', correct: 'widgets/radio-correct.html' });

    w.apg('radio/tab-enters-checked', 'Tab into the group lands on the checked radio, or on the first when none is checked', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'r1', 'none checked: the first');
      await b.eval(() => document.getElementById('r3').click());
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [false, false, true], 'a click checks it');
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'r3');
    });

    w.apg('radio/one-tab-stop', 'The group is one Tab stop: Tab leaves it, Shift+Tab comes back to the same radio', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'c1', 'Tab goes on past the group');
      await b.press('Tab', ['Shift']);
      assert.equal((await b.focused()).id, 'r1');
    });

    w.apg('radio/arrows-next', 'Down and Right Arrow move to the next radio and check it, wrapping', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'r2');
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [false, true, false]);
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'r3');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'r1', 'wraps to the first');
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [true, false, false]);
    });

    w.apg('radio/arrows-previous', 'Up and Left Arrow move to the previous radio and check it, wrapping', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('ArrowUp');
      assert.equal((await b.focused()).id, 'r3', 'wraps to the last');
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [false, false, true]);
      await b.press('ArrowLeft');
      assert.equal((await b.focused()).id, 'r2');
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [false, true, false]);
    });

    w.apg('radio/space-checks', 'Space checks the focused radio', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [false, false, false]);
      await b.press(' ');
      assert.equal((await b.focused()).id, 'r1');
      assert.deepEqual(await checked(b, ['r1', 'r2', 'r3']), [true, false, false]);
    });

    w.apg('checkbox/space-toggles', 'Space toggles a custom checkbox, once per press', async (b) => {
      await read.focus(b, 'c1');
      await b.press(' ');
      assert.equal(await read.attr(b, 'c1', 'aria-checked'), 'true');
      await b.press(' ');
      assert.equal(await read.attr(b, 'c1', 'aria-checked'), 'false');
      assert.deepEqual(await read.log(b), ['c1', 'c1']);
    });

    w.apg('checkbox/no-arrows', 'Arrow keys do nothing on checkboxes; each checkbox is its own Tab stop', async (b) => {
      await read.focus(b, 'c1');
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) await b.press(key);
      assert.equal((await b.focused()).id, 'c1');
      assert.deepEqual([await read.attr(b, 'c1', 'aria-checked'), await read.attr(b, 'c2', 'aria-checked')], ['false', 'false']);
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'c2');
    }, { noControl: true }); // nothing to fix: the page without the runtime passes this row too
  });
}
