// Combobox repairs (APG combobox rows, listbox popup): DOM focus stays in the input and
// aria-activedescendant names the suggestion, in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, settle } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

/** [popup shown, aria-expanded, focused id, active suggestion id or ''] */
const combo = async (b) => [await read.shown(b, 'cb-list'), await read.attr(b, 'cb', 'aria-expanded'), (await b.focused()).id,
  (await read.attr(b, 'cb', 'aria-activedescendant')) || ''];

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/combobox-broken.html', correct: 'widgets/combobox-correct.html' });
    const into = async (b) => { await read.focus(b, 'before'); await b.press('Tab'); assert.equal((await b.focused()).id, 'cb'); };

    w.apg('combobox/down-opens', 'Down Arrow opens the popup and moves to the first suggestion', async (b) => {
      await into(b);
      await b.press('ArrowDown');
      assert.deepEqual(await combo(b), [true, 'true', 'cb', 'f1']);
    });

    w.apg('combobox/up-opens', 'Up Arrow opens the popup on the last suggestion', async (b) => {
      await into(b);
      await b.press('ArrowUp');
      assert.deepEqual(await combo(b), [true, 'true', 'cb', 'f4']);
    });

    w.apg('combobox/alt-down-opens', 'Alt+Down opens the popup without moving into it', async (b) => {
      await into(b);
      await b.press('ArrowDown', ['Alt']);
      assert.deepEqual(await combo(b), [true, 'true', 'cb', '']);
    });

    w.apg('combobox/alt-up-closes', 'Alt+Up closes the popup and stays in the input', async (b) => {
      await into(b);
      await b.press('ArrowDown');
      assert.equal(await read.shown(b, 'cb-list'), true, 'open');
      await b.press('ArrowUp', ['Alt']);
      assert.deepEqual(await combo(b), [false, 'false', 'cb', '']);
    });

    w.apg('combobox/focus-stays', 'DOM focus stays in the input; aria-activedescendant names the selected suggestion in the popup', async (b) => {
      await into(b);
      await b.press('ArrowDown');
      await b.press('ArrowDown');
      const f = await b.eval(() => {
        const input = document.getElementById('cb');
        const active = document.getElementById(input.getAttribute('aria-activedescendant'));
        return [document.activeElement.id, active && active.id, active && document.getElementById('cb-list').contains(active), active && active.getAttribute('aria-selected')];
      });
      assert.deepEqual(f, ['cb', 'f2', true, 'true']);
    });

    w.apg('combobox/down-up-moves', 'In the open popup Down and Up Arrow move among the suggestions, wrapping', async (b) => {
      await into(b);
      await b.press('ArrowDown');
      await b.press('ArrowDown');
      assert.equal((await combo(b))[3], 'f2');
      await b.press('ArrowUp');
      await b.press('ArrowUp');
      assert.equal((await combo(b))[3], 'f4', 'Up on the first wraps to the last');
      await b.press('ArrowDown');
      assert.deepEqual(await combo(b), [true, 'true', 'cb', 'f1'], 'Down on the last wraps to the first');
    });

    w.apg('combobox/enter-accepts', 'Enter accepts the suggestion, fills the input and closes the popup', async (b) => {
      await into(b);
      await b.press('ArrowDown');
      await b.press('ArrowDown');
      await b.press('Enter');
      assert.equal(await b.eval(() => document.getElementById('cb').value), 'Banana');
      assert.deepEqual(await combo(b), [false, 'false', 'cb', '']);
    });

    w.apg('combobox/escape-closes', 'Escape closes the popup and stays in the input', async (b) => {
      await into(b);
      await b.press('ArrowDown');
      assert.equal(await read.shown(b, 'cb-list'), true, 'open');
      await b.press('Escape');
      assert.deepEqual(await combo(b), [false, 'false', 'cb', '']);
      assert.equal(await b.eval(() => document.getElementById('cb').value), '');
    });

    w.apg('combobox/back-to-text', 'Home, End, Left and Right go back to editing the text', async (b) => {
      await into(b);
      await b.type('b');
      await settle(b); // the site showed its popup on its own: aria-expanded follows within a frame
      assert.deepEqual(await combo(b), [true, 'true', 'cb', ''], 'typing shows the matching suggestions');
      await b.press('ArrowDown');
      assert.equal((await combo(b))[3], 'f2', 'the first matching one');
      await b.press('ArrowLeft');
      assert.deepEqual(await combo(b), [true, 'true', 'cb', '']);
      await b.press('ArrowDown');
      await b.press('Home');
      assert.equal((await combo(b))[3], '');
      await b.type('a');
      assert.equal(await b.eval(() => document.getElementById('cb').value), 'ab', 'the caret went home: the text is edited there');
    });
  });
}
