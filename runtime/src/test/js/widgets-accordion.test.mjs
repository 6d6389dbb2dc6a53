// Accordion repairs (APG accordion rows), in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const state = async (b, head, panel) => [await read.shown(b, panel), await read.attr(b, head, 'aria-expanded')];

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/accordion-broken.html', correct: 'widgets/accordion-correct.html' });

    w.apg('accordion/enter-space-toggles', 'Enter and Space on a header expand and collapse its panel; aria-expanded follows', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'h1');
      await b.press('Enter');
      assert.deepEqual(await state(b, 'h1', 's1'), [true, 'true']);
      await b.press(' ');
      assert.deepEqual(await state(b, 'h1', 's1'), [false, 'false']);
      await read.focus(b, 'h2');
      assert.deepEqual(await state(b, 'h2', 's2'), [false, 'false'], 'every header says whether it is expanded');
      await b.press(' ');
      assert.deepEqual(await state(b, 'h2', 's2'), [true, 'true']);
    });

    w.apg('accordion/tab-through', 'Tab moves through every header and the content of open panels', async (b) => {
      await read.focus(b, 'h1');
      await b.press('Enter');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 's1link');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'h2');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'h3');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'after');
    });

    w.apg('accordion/down-up', 'Optional Down and Up Arrow move among the headers, wrapping', async (b) => {
      await read.focus(b, 'h1');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'h2');
      await b.press('ArrowDown');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'h1');
      await b.press('ArrowUp');
      assert.equal((await b.focused()).id, 'h3');
    });

    w.apg('accordion/home-end', 'Optional Home and End move to the first and last header', async (b) => {
      await read.focus(b, 'h2');
      await b.press('End');
      assert.equal((await b.focused()).id, 'h3');
      await b.press('Home');
      assert.equal((await b.focused()).id, 'h1');
    });
  });
}
