// Site navigation repairs (APG disclosure navigation): never a menu, links stay in the Tab order.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const expanded = (b, id) => read.attr(b, id, 'aria-expanded');
const roles = (b) => b.eval(() => [...document.getElementById('nav').querySelectorAll('*')].map((el) => `${el.id || el.localName}:${el.getAttribute('role') || ''}`));

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/nav-broken.html', correct: 'widgets/nav-correct.html' });
    const openAbout = async (b) => {
      await read.focus(b, 'b1');
      await b.press('Enter');
      assert.equal(await read.shown(b, 'd1'), true, 'the dropdown opened');
    };

    w.apg('disclosure-nav/enter-space-toggles', 'Enter and Space on a dropdown button show and hide its links; aria-expanded follows', async (b) => {
      await read.focus(b, 'home');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'b1');
      await b.press('Enter');
      assert.deepEqual([await read.shown(b, 'd1'), await expanded(b, 'b1')], [true, 'true']);
      await b.press(' ');
      assert.deepEqual([await read.shown(b, 'd1'), await expanded(b, 'b1')], [false, 'false']);
      await b.press(' ');
      assert.deepEqual([await read.shown(b, 'd1'), await expanded(b, 'b1')], [true, 'true']);
    });

    w.apg('disclosure-nav/links-in-tab-order', 'Tab goes through the open dropdown\'s links, then to the next button', async (b) => {
      await openAbout(b);
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'd1a');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'd1b');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'b2');
      await b.press('Tab', ['Shift']);
      assert.equal((await b.focused()).id, 'd1b');
    });

    w.apg('disclosure-nav/escape-closes', 'Escape closes the open dropdown and focuses its button', async (b) => {
      await openAbout(b);
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'd1a');
      await b.press('Escape');
      assert.equal((await b.focused()).id, 'b1');
      assert.deepEqual([await read.shown(b, 'd1'), await expanded(b, 'b1')], [false, 'false']);
    });

    w.apg('disclosure-nav/never-menu', 'The navigation is never made a menu: no role is added or changed', async (b) => {
      const before = await roles(b);
      assert.ok(before.every((r) => !/:menu/.test(r)));
      await openAbout(b);
      await b.press('ArrowDown');
      await b.press('Escape');
      assert.deepEqual(await roles(b), before);
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'b2', 'the closed dropdown\'s links are not in the way');
    });

    w.apg('disclosure-nav/arrows', 'Optional arrows: Right / Left among the top-level links and buttons, Down into the open dropdown, Down / Up among its links', async (b) => {
      await read.focus(b, 'home');
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'b1');
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'b2');
      await b.press('ArrowRight');
      assert.equal((await b.focused()).id, 'b2', 'no wrapping');
      await b.press('ArrowLeft');
      assert.equal((await b.focused()).id, 'b1');
      await b.press('Enter');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'd1a');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).id, 'd1b');
      await b.press('ArrowUp');
      assert.equal((await b.focused()).id, 'd1a');
    });

    w.apg('disclosure-nav/home-end', 'Optional Home / End: first / last top-level item, or first / last link of the open dropdown', async (b) => {
      await read.focus(b, 'b1');
      await b.press('End');
      assert.equal((await b.focused()).id, 'b2');
      await b.press('Home');
      assert.equal((await b.focused()).id, 'home');
      await openAbout(b);
      await b.press('Tab');
      await b.press('End');
      assert.equal((await b.focused()).id, 'd1b');
      await b.press('Home');
      assert.equal((await b.focused()).id, 'd1a');
    });
  });
}
