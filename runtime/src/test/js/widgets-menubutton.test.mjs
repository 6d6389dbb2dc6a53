// Menu button repairs (APG menu-button and menu rows) on a custom and a native button, in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read, sleep } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const expanded = (b, id) => read.attr(b, id, 'aria-expanded').then((v) => v === 'true');

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/menubutton-broken.html', correct: 'widgets/menubutton-correct.html' });
    const openWith = async (b, key) => {
      await read.focus(b, 'mbtn');
      await b.press(key);
      assert.equal(await read.shown(b, 'mmenu'), true, 'the menu opened');
    };

    w.apg('menu-button/enter-opens', 'Enter on a menu button opens the menu and focuses the first item (custom and native button)', async (b) => {
      await openWith(b, 'Enter');
      assert.equal((await b.focused()).id, 'mi1');
      assert.equal(await read.shown(b, 'mmenu'), true);
      assert.equal(await expanded(b, 'mbtn'), true, 'aria-expanded="true" while open');
      await read.focus(b, 'nbtn');
      await b.press('Enter');
      assert.equal((await b.focused()).id, 'n1');
      assert.equal(await expanded(b, 'nbtn'), true);
    });

    w.apg('menu-button/space-opens', 'Space on a menu button opens the menu and focuses the first item', async (b) => {
      await openWith(b, ' ');
      assert.equal((await b.focused()).id, 'mi1');
      await read.focus(b, 'nbtn');
      await b.press(' ');
      assert.equal((await b.focused()).id, 'n1');
    });

    w.apg('menu-button/down-opens', 'Down Arrow on a menu button opens the menu and focuses the first item', async (b) => {
      await openWith(b, 'ArrowDown');
      assert.equal((await b.focused()).id, 'mi1');
      assert.equal(await expanded(b, 'mbtn'), true);
    });

    w.apg('menu-button/up-opens', 'Up Arrow on a menu button opens the menu and focuses the last item', async (b) => {
      await openWith(b, 'ArrowUp');
      assert.equal((await b.focused()).id, 'mi5');
    });

    w.apg('menu/down-up', 'Down and Up Arrow move to the next and previous item, wrapping', async (b) => {
      await openWith(b, 'Enter');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'mi2');
      await b.press('ArrowUp');
      await b.press('ArrowUp');
      assert.equal((await b.focused()).id, 'mi5', 'Up on the first item wraps to the last');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'mi1', 'Down on the last item wraps to the first');
    });

    w.apg('menu/home-end', 'Home and End move to the first and last item', async (b) => {
      await openWith(b, 'Enter');
      await b.press('End');
      assert.equal((await b.focused()).id, 'mi5');
      await b.press('Home');
      assert.equal((await b.focused()).id, 'mi1');
    });

    w.apg('menu/type-ahead', 'A printable character moves to the next item that starts with it', async (b) => {
      await openWith(b, 'Enter');
      await b.press('p');
      assert.equal((await b.focused()).id, 'mi3', 'p: Paste');
      await b.press('p');
      assert.equal((await b.focused()).id, 'mi5', 'p again: Print');
      await sleep(800);
      await b.press('c');
      assert.equal((await b.focused()).id, 'mi1', 'c: Copy, wrapping');
    });

    w.apg('menu/enter-activates', 'Enter runs the item, closes the menu and returns focus to the button', async (b) => {
      await openWith(b, 'Enter');
      await b.press('ArrowDown');
      await b.press('Enter');
      assert.equal(await read.text(b, 'out'), 'Cut');
      assert.equal(await read.shown(b, 'mmenu'), false);
      assert.equal((await b.focused()).id, 'mbtn');
      assert.equal(await expanded(b, 'mbtn'), false);
    });

    w.apg('menu/space-checks', 'Space on a menuitemcheckbox toggles it and leaves the menu open', async (b) => {
      await openWith(b, 'Enter');
      await b.press('b');
      assert.equal((await b.focused()).id, 'mi4');
      await b.press(' ');
      assert.equal(await read.attr(b, 'mi4', 'aria-checked'), 'true');
      assert.equal(await read.shown(b, 'mmenu'), true);
      assert.equal((await b.focused()).id, 'mi4');
      await b.press(' ');
      assert.equal(await read.attr(b, 'mi4', 'aria-checked'), 'false');
    });

    w.apg('menu/escape-closes', 'Escape closes the menu and returns focus to the button', async (b) => {
      await openWith(b, 'Enter');
      await b.press('ArrowDown');
      await b.press('Escape');
      assert.equal((await b.focused()).id, 'mbtn');
      assert.equal(await read.shown(b, 'mmenu'), false);
      assert.equal(await expanded(b, 'mbtn'), false);
    });

    w.apg('menu/tab-closes', 'Tab closes the menu and moves on to the next element of the page', async (b) => {
      await openWith(b, 'Enter');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'after');
      assert.equal(await read.shown(b, 'mmenu'), false);
      assert.equal(await expanded(b, 'mbtn'), false);
    });
  });
}
