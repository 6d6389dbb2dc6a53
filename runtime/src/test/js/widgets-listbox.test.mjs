// Listbox repairs (APG listbox rows: single and multiple selection), in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read, sleep } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const selected = (b, ids) => Promise.all(ids.map((id) => read.attr(b, id, 'aria-selected').then((v) => v === 'true')));
const SINGLE = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
const MULTI = ['m1', 'm2', 'm3', 'm4', 'm5'];

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/listbox-broken.html', correct: 'widgets/listbox-correct.html' });
    const intoSingle = async (b) => { await read.focus(b, 'before'); await b.press('Tab'); };
    const intoMulti = async (b) => { await intoSingle(b); await b.press('Tab'); };

    w.apg('listbox/focus-selected', 'Tab into the listbox focuses the selected option, or the first when none is', async (b) => {
      await intoSingle(b);
      assert.equal(await read.current(b), 'o1');
      await b.eval(() => document.getElementById('o4').click());
      await read.focus(b, 'before');
      await b.press('Tab');
      assert.equal(await read.current(b), 'o4');
      assert.deepEqual(await selected(b, SINGLE), [false, false, false, true, false, false]);
    });

    w.apg('listbox/one-tab-stop', 'Each listbox is one Tab stop', async (b) => {
      await intoSingle(b);
      assert.equal(await read.current(b), 'o1');
      await b.press('Tab');
      assert.equal(await read.current(b), 'm1', 'Tab goes to the next listbox');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'after');
    });

    w.apg('listbox/down-up', 'Down and Up Arrow move to the next and previous option; in a single-select listbox the selection follows', async (b) => {
      await intoSingle(b);
      await b.press('ArrowDown');
      assert.equal(await read.current(b), 'o2');
      assert.deepEqual(await selected(b, SINGLE), [false, true, false, false, false, false]);
      await b.press('ArrowDown');
      await b.press('ArrowUp');
      assert.equal(await read.current(b), 'o2');
      await b.press('ArrowUp');
      await b.press('ArrowUp');
      assert.equal(await read.current(b), 'o1', 'Up on the first option stays there');
      assert.deepEqual(await selected(b, SINGLE), [true, false, false, false, false, false]);
    });

    w.apg('listbox/home-end', 'End and Home move to the last and first option', async (b) => {
      await intoSingle(b);
      await b.press('End');
      assert.equal(await read.current(b), 'o6');
      await b.press('Home');
      assert.equal(await read.current(b), 'o1');
      assert.deepEqual(await selected(b, SINGLE), [true, false, false, false, false, false]);
    });

    w.apg('listbox/type-ahead', 'Typing moves to the next option starting with what was typed', async (b) => {
      await intoSingle(b);
      await b.press('g');
      assert.equal(await read.current(b), 'o5', 'g: Green');
      await b.press('g');
      assert.equal(await read.current(b), 'o6', 'g again: the next one, Grey');
      await sleep(800);
      await b.press('b');
      await b.press('r');
      assert.equal(await read.current(b), 'o3', '"br": Brown');
      assert.deepEqual(await selected(b, SINGLE), [false, false, true, false, false, false]);
    });

    w.apg('listbox/multi-space-toggles', 'In a multi-select listbox arrows move without selecting and Space toggles the focused option', async (b) => {
      await intoMulti(b);
      assert.equal(await read.current(b), 'm1');
      await b.press(' ');
      await b.press('ArrowDown');
      assert.equal(await read.current(b), 'm2');
      assert.deepEqual(await selected(b, MULTI), [true, false, false, false, false]);
      await b.press(' ');
      assert.deepEqual(await selected(b, MULTI), [true, true, false, false, false]);
      await b.press(' ');
      assert.deepEqual(await selected(b, MULTI), [true, false, false, false, false]);
    });

    w.apg('listbox/multi-shift-arrows', 'Shift+Down and Shift+Up move and toggle the option moved to', async (b) => {
      await intoMulti(b);
      await b.press('ArrowDown', ['Shift']);
      assert.equal(await read.current(b), 'm2');
      await b.press('ArrowDown', ['Shift']);
      assert.equal(await read.current(b), 'm3');
      assert.deepEqual(await selected(b, MULTI), [false, true, true, false, false]);
      await b.press('ArrowUp', ['Shift']);
      assert.equal(await read.current(b), 'm2');
      assert.deepEqual(await selected(b, MULTI), [false, false, true, false, false]);
    });

    w.apg('listbox/multi-ctrl-a', 'Ctrl+A selects every option, and again selects none', async (b) => {
      await intoMulti(b);
      await b.press('ArrowDown');
      await b.press(' ');
      await b.press('a', ['Control']);
      assert.deepEqual(await selected(b, MULTI), [true, true, true, true, true]);
      await b.press('a', ['Control']);
      assert.deepEqual(await selected(b, MULTI), [false, false, false, false, false]);
      assert.equal(await read.current(b), 'm2', 'focus stays where it was');
    });
  });
}
