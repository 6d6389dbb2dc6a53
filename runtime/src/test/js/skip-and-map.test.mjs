// Skip link and page map (design note G1) in every engine, driven with trusted key presses.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, launch, ready } from './support/browsers.mjs';
import { apg } from './support/apg.mjs';

const server = await serve();
after(() => server.close());

for (const engine of engines()) {
  describe(engine, () => {
    let b;
    before(async () => { b = await launch(engine); });
    after(async () => { await b.close(); });

    // The page map's code loads on first use: wait for the menu to take focus.
    const menuOpen = async () => {
      for (let i = 0; i < 100 && (await b.focused()).role !== 'menuitem'; i++) await new Promise((r) => setTimeout(r, 20));
    };
    const open = async (page, attrs = '') => {
      await b.goto(`${server.url}/fixtures/${page}?inject=${encodeURIComponent(attrs)}`);
      await ready(b);
    };

    it('the first Tab stop is a visible "Skip to main content" link', async () => {
      await open('page.html');
      await b.press('Tab');
      const f = await b.focused();
      assert.deepEqual([f.tag, f.text, f.inShadow], ['a', 'Skip to main content', true]);
      const box = await b.eval(() => {
        const a = document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('a');
        const r = a.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      });
      assert.ok(box[0] > 20 && box[1] > 10, `visible on focus, got ${box}`);
    });

    it('the skip link is visually hidden until focused', async () => {
      await open('page.html');
      const box = await b.eval(() => {
        const a = document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('a');
        const r = a.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      });
      assert.ok(box[0] <= 1 && box[1] <= 1, `hidden, got ${box}`);
    });

    it('the controls follow the page\'s direction, whether it is set by dir or only by CSS', async () => {
      const direction = () => b.eval(() => getComputedStyle(document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('nav')).direction);
      await open('page.html');
      assert.equal(await direction(), 'ltr');
      await b.eval(() => { document.documentElement.dir = 'rtl'; });
      assert.equal(await direction(), 'rtl', 'dir="rtl" on the page');
      await b.eval(() => { document.documentElement.removeAttribute('dir'); document.documentElement.style.direction = 'rtl'; });
      assert.equal(await direction(), 'rtl', 'direction: rtl in the page\'s CSS');
    });

    it('Enter on the skip link moves focus to the main landmark without touching the URL', async () => {
      await open('page.html');
      await b.press('Tab');
      await b.press('Enter');
      const f = await b.focused();
      assert.equal(f.id, 'main');
      assert.equal(await b.eval(() => location.hash), '');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'name', 'Tab goes on from the main content');
    });

    it('a page whose first Tab stop already is a working skip link gets none from us', async () => {
      await open('own-skip.html');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'ownskip');
      await b.press('Tab');
      const f = await b.focused();
      assert.deepEqual([f.text, f.inShadow], ['Page map', true], 'the page map follows the page\'s skip link');
      const links = await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelectorAll('a').length);
      assert.equal(links, 0);
    });

    apg(engine, 'menu-button/enter-opens', 'Enter on the page-map button opens the menu and focuses the first item', async () => {
      await open('page.html');
      await b.press('Tab');
      await b.press('Tab');
      assert.equal((await b.focused()).text, 'Page map');
      await b.press('Enter');
      await menuOpen();
      const f = await b.focused();
      assert.deepEqual([f.role, f.text], ['menuitem', 'Site header']);
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('button').getAttribute('aria-expanded')), 'true');
    });

    apg(engine, 'menu-button/space-opens', 'Space on the page-map button opens the menu and focuses the first item', async () => {
      await open('page.html');
      await b.press('Tab');
      await b.press('Tab');
      await b.press(' ');
      await menuOpen();
      assert.equal((await b.focused()).role, 'menuitem');
    });

    apg(engine, 'menu-button/down-opens', 'Down Arrow on the button opens the menu on the first item', async () => {
      await open('page.html');
      await b.press('Tab');
      await b.press('Tab');
      await b.press('ArrowDown');
      await menuOpen();
      assert.equal((await b.focused()).text, 'Site header');
    });

    apg(engine, 'menu-button/up-opens', 'Up Arrow on the button opens the menu on the last item', async () => {
      await open('page.html');
      await b.press('Tab');
      await b.press('Tab');
      await b.press('ArrowUp');
      await menuOpen();
      assert.equal((await b.focused()).text, 'Display and keyboard settings…');
    });

    apg(engine, 'menu/down-up', 'Down and Up Arrow move to the next and previous item, wrapping', async () => {
      await open('page.html');
      await b.press('1', ['Alt']);
      await menuOpen();
      await b.press('ArrowDown');
      assert.equal((await b.focused()).text, 'Navigation: Primary');
      await b.press('ArrowUp');
      await b.press('ArrowUp');
      assert.equal((await b.focused()).text, 'Display and keyboard settings…', 'Up from the first wraps to the last');
      await b.press('ArrowDown');
      assert.equal((await b.focused()).text, 'Site header', 'Down from the last wraps to the first');
    });

    apg(engine, 'menu/home-end', 'Home and End move to the first and last item', async () => {
      await open('page.html');
      await b.press('1', ['Alt']);
      await menuOpen();
      await b.press('End');
      assert.equal((await b.focused()).text, 'Display and keyboard settings…');
      await b.press('Home');
      assert.equal((await b.focused()).text, 'Site header');
    });

    apg(engine, 'menu/type-ahead', 'A printable character moves to the next item that starts with it', async () => {
      await open('page.html');
      await b.press('1', ['Alt']);
      await menuOpen();
      await b.press('l');
      assert.match((await b.focused()).text, /^Level 1: Welcome$/);
      await b.press('l');
      assert.match((await b.focused()).text, /^Level 2: Opening hours$/);
    });

    apg(engine, 'menu/enter-activates', 'Enter on an item goes where it says and closes the menu', async () => {
      await open('page.html');
      await b.press('1', ['Alt']);
      await menuOpen();
      await b.press('l');
      await b.press('l');
      await b.press('Enter');
      assert.equal((await b.focused()).id, 'h2a');
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('[role=menu]').hidden), true);
    });

    apg(engine, 'menu/escape-closes', 'Escape closes the menu and returns focus to the button', async () => {
      await open('page.html');
      await b.press('Tab');
      await b.press('Tab');
      await b.press('Enter');
      await menuOpen();
      await b.press('Escape');
      const f = await b.focused();
      assert.deepEqual([f.text, f.inShadow], ['Page map', true]);
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('button').getAttribute('aria-expanded')), 'false');
    });

    apg(engine, 'menu/tab-closes', 'Tab closes the menu and moves on to the next element of the page', async () => {
      await open('page.html', 'data-launcher="off"');
      await b.press('Tab');
      await b.press('Tab');
      await b.press('Enter');
      await menuOpen();
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'logo');
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('[role=menu]').hidden), true);
    });

    it('the page map lists landmarks, headings by level, forms, buttons and images with their names', async () => {
      await open('page.html');
      await b.press('1', ['Alt']);
      await menuOpen();
      const groups = await b.eval(() => [...document.querySelector('[data-curbcut-ui]').shadowRoot.querySelectorAll('[role=group]')]
        .map((g) => [g.querySelector('.group-title').textContent, [...g.querySelectorAll('[role=menuitem]')].map((i) => i.textContent)]));
      assert.deepEqual(groups, [
        ['Landmarks', ['Site header', 'Navigation: Primary', 'Main content', 'Form: Booking', 'Site footer']],
        ['Headings', ['Level 1: Welcome', 'Level 2: Opening hours', 'Level 3: Holidays', 'Level 2: Book a visit']],
        ['Forms', ['Booking']],
        ['Buttons', ['Send']],
        ['Images', ['Clinic front door']],
      ]);
    });

    it('Alt+1 opens the page map; data-page-map-key remaps it and "off" turns it off', async () => {
      await open('page.html');
      await b.press('1', ['Alt']);
      await menuOpen();
      assert.equal((await b.focused()).role, 'menuitem');
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('button').getAttribute('aria-keyshortcuts')), 'Alt+1');
      await open('page.html', 'data-page-map-key="Alt+Shift+M"');
      await b.press('1', ['Alt']);
      assert.equal((await b.focused()).tag, 'body', 'Alt+1 no longer opens it');
      await b.press('m', ['Alt', 'Shift']);
      await menuOpen();
      assert.equal((await b.focused()).role, 'menuitem');
      await open('page.html', 'data-page-map-key="off"');
      await b.press('1', ['Alt']);
      assert.equal((await b.focused()).tag, 'body');
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('button').hasAttribute('aria-keyshortcuts')), false);
    });

    it('nothing takes focus on load and nothing is announced', async () => {
      await open('page.html');
      assert.equal((await b.focused()).tag, 'body');
      const live = await b.eval(() => document.querySelectorAll('[aria-live],[role=alert],[role=status]').length +
        document.querySelector('[data-curbcut-ui]').shadowRoot.querySelectorAll('[aria-live],[role=alert],[role=status]').length);
      assert.equal(live, 0);
    });
  });
}
