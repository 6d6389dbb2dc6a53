// Menubar repairs (APG menubar rows, and the menu rows inside its submenus), in every engine.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const expanded = (b, id) => read.attr(b, id, 'aria-expanded').then((v) => v === 'true');

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/menubar-broken.html', correct: 'widgets/menubar-correct.html' });
    const intoBar = async (b) => { await read.focus(b, 'before'); await b.press('Tab'); assert.equal((await b.focused()).id, 'file'); };
    const openFile = async (b, key = 'ArrowDown') => {
      await intoBar(b);
      await b.press(key);
      assert.equal(await read.shown(b, 'filemenu'), true, 'the submenu opened');
    };

    w.apg('menubar/right-left', 'Right and Left Arrow move among the menubar items, wrapping', async (b) => {
      await intoBar(b);
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'edit');
      await b.press('ArrowRight');
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'file', 'wraps to the first');
      await b.press('ArrowLeft');
      assert.equal((await b.focused()).id, 'help', 'wraps to the last');
    });

    w.apg('menubar/one-tab-stop', 'The menubar is one Tab stop, and Shift+Tab comes back to the item last focused', async (b) => {
      await intoBar(b);
      await b.press('ArrowRight');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'after');
      await b.press('Tab', ['Shift']);
      assert.equal((await b.focused()).id, 'edit');
    });

    w.apg('menubar/home-end', 'End and Home move to the last and first menubar item', async (b) => {
      await intoBar(b);
      await b.press('End');
      assert.equal((await b.focused()).id, 'help');
      await b.press('Home');
      assert.equal((await b.focused()).id, 'file');
    });

    w.apg('menubar/down-opens', 'Down Arrow on a menubar item opens its submenu on the first item', async (b) => {
      await openFile(b);
      assert.equal((await b.focused()).id, 'f-new');
      assert.equal(await expanded(b, 'file'), true);
    });

    w.apg('menubar/up-opens', 'Up Arrow on a menubar item opens its submenu on the last item', async (b) => {
      await openFile(b, 'ArrowUp');
      assert.equal((await b.focused()).id, 'f-save');
    });

    w.apg('menubar/enter-opens', 'Enter and Space on a menubar item open its submenu on the first item', async (b) => {
      await openFile(b, 'Enter');
      assert.equal((await b.focused()).id, 'f-new');
      await b.press('Escape');
      await b.press(' ');
      assert.equal((await b.focused()).id, 'f-new');
    });

    w.apg('menubar/escape-closes', 'Escape in a submenu closes it and returns focus to its menubar item', async (b) => {
      await openFile(b);
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'f-open');
      await b.press('Escape');
      assert.equal((await b.focused()).id, 'file');
      assert.equal(await read.shown(b, 'filemenu'), false);
      assert.equal(await expanded(b, 'file'), false);
    });

    w.apg('menubar/right-left-submenu', 'Right and Left Arrow in a submenu close it and move to the next or previous menubar item', async (b) => {
      await openFile(b);
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'edit');
      assert.equal(await read.shown(b, 'filemenu'), false);
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'e-undo');
      await b.press('ArrowLeft');
      assert.equal((await b.focused()).id, 'file');
      assert.equal(await read.shown(b, 'editmenu'), false);
    });

    w.apg('menu/down-up', 'In a submenu Down and Up Arrow move, wrapping', async (b) => {
      await openFile(b);
      await b.press('ArrowUp');
      assert.equal((await b.focused()).id, 'f-save');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'f-new');
    });

    w.apg('menu/enter-activates', 'Enter in a submenu runs the item, closes the submenu and returns to its menubar item', async (b) => {
      await openFile(b);
      await b.press('ArrowDown');
      await b.press('Enter');
      assert.equal(await read.text(b, 'out'), 'Open');
      assert.equal(await read.shown(b, 'filemenu'), false);
      assert.equal((await b.focused()).id, 'file');
    });

    w.apg('menu/tab-closes', 'Tab in a submenu closes it and moves on past the menubar', async (b) => {
      await openFile(b);
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'after');
      assert.equal(await read.shown(b, 'filemenu'), false);
    });
  });
}
