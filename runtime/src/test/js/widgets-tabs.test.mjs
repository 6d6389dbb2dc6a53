// Tabs repairs (APG tabs rows), in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const selected = (b, ids) => Promise.all(ids.map((id) => read.attr(b, id, 'aria-selected').then((v) => v === 'true')));
const shownAll = (b, ids) => Promise.all(ids.map((id) => read.shown(b, id)));

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/tabs-broken.html', correct: 'widgets/tabs-correct.html' });

    w.apg('tabs/tab-enters-active', 'Tab into the tablist lands on the active tab, also after a click chose another', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'tab1');
      await b.eval(() => document.getElementById('tab3').click());
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'tab3');
    });

    w.apg('tabs/tab-to-panel', 'Tab from the active tab goes to the panel (its first focusable, or the panel itself), not to the other tabs', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'p1link');
      await read.focus(b, 'tab1');
      await b.press('ArrowRight');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'panel2', 'a panel with nothing focusable is the Tab stop');
    });

    w.apg('tabs/left-right', 'Right and Left Arrow move to the next and previous tab, wrapping, and select it', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'tab2');
      assert.deepEqual(await selected(b, ['tab1', 'tab2', 'tab3']), [false, true, false]);
      assert.deepEqual(await shownAll(b, ['panel1', 'panel2', 'panel3']), [false, true, false]);
      await b.press('ArrowRight');
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'tab1', 'Right on the last tab wraps to the first');
      await b.press('ArrowLeft');
      assert.equal((await b.focused()).id, 'tab3', 'Left on the first tab wraps to the last');
      assert.deepEqual(await selected(b, ['tab1', 'tab2', 'tab3']), [false, false, true]);
      assert.deepEqual(await shownAll(b, ['panel1', 'panel2', 'panel3']), [false, false, true]);
    });

    w.apg('tabs/up-down-vertical', 'In a vertical tablist Down and Up Arrow move and select, wrapping', async (b) => {
      await read.focus(b, 'after');
      await b.press('Tab', ['Shift']);
      await b.press('Tab', ['Shift']);
      assert.equal((await b.focused()).id, 'vtab1');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'vtab2');
      assert.deepEqual(await selected(b, ['vtab1', 'vtab2', 'vtab3']), [false, true, false]);
      await b.press('ArrowUp');
      await b.press('ArrowUp');
      assert.equal((await b.focused()).id, 'vtab3');
      assert.deepEqual(await shownAll(b, ['vpanel1', 'vpanel2', 'vpanel3']), [false, false, true]);
    });

    w.apg('tabs/home-end', 'End and Home move to the last and first tab and select it', async (b) => {
      await read.focus(b, 'before');
      await b.press('Tab');
      await b.press('End');
      assert.equal((await b.focused()).id, 'tab3');
      assert.deepEqual(await selected(b, ['tab1', 'tab2', 'tab3']), [false, false, true]);
      await b.press('Home');
      assert.equal((await b.focused()).id, 'tab1');
      assert.deepEqual(await shownAll(b, ['panel1', 'panel2', 'panel3']), [true, false, false]);
    });
  });
}
