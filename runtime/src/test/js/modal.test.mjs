// Modal popups (APG dialog-modal rows, design note G4), in every engine: a custom modal the site
// shows without managing focus, one shown on load, a native <dialog> (the browser's job, kept),
// and a non-modal popup (never trapped).
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, launch } from './support/browsers.mjs';
import { apg } from './support/apg.mjs';
import { open, read, pageRows } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const DIALOG = ['dlg-name', 'dlg-date', 'dlg-ok', 'dlg-close'];
const inside = (b, id) => b.eval((i) => document.getElementById(i).contains(document.activeElement), id);
const inert = (b) => b.eval(() => [...document.querySelectorAll('[inert]')].map((el) => el.id || el.localName));

for (const engine of engines()) {
  describe(engine, () => {
    let b;
    before(async () => { b = await launch(engine); b.base = server.url; });
    after(async () => { await b.close(); });

    // Rows on the custom modal; in Chromium each also gets a control run without the runtime, which must fail.
    const m = pageRows(engine, () => b, 'widgets/modal.html');
    const openDialog = async () => {
      await b.click('#open');
      assert.equal(await read.shown(b, 'dlg'), true);
    };

    m.apg('dialog-modal/focus-in-on-open', 'When the visitor opens the modal (click or Enter), focus moves to its first focusable element', async () => {
      await openDialog();
      assert.equal((await b.focused()).id, 'dlg-name', 'after a mouse click');
      await b.click('#dlg-close');
      await read.focus(b, 'open');
      await b.press('Enter');
      assert.equal((await b.focused()).id, 'dlg-name', 'after Enter');
    });

    m.apg('dialog-modal/tab-wraps', 'Tab stays inside the modal: 20 presses, wrapping from the last element to the first', async () => {
      await openDialog();
      const seen = [];
      for (let i = 0; i < 20; i++) {
        await b.press('Tab');
        assert.equal(await inside(b, 'dlg'), true, `Tab ${i + 1} stays inside`);
        seen.push((await b.focused()).id);
      }
      assert.deepEqual(seen.slice(0, 5), ['dlg-date', 'dlg-ok', 'dlg-close', 'dlg-name', 'dlg-date']);
    });

    m.apg('dialog-modal/shift-tab-wraps', 'Shift+Tab stays inside the modal: 20 presses, wrapping from the first element to the last', async () => {
      await openDialog();
      const seen = [];
      for (let i = 0; i < 20; i++) {
        await b.press('Tab', ['Shift']);
        assert.equal(await inside(b, 'dlg'), true, `Shift+Tab ${i + 1} stays inside`);
        seen.push((await b.focused()).id);
      }
      assert.deepEqual(seen.slice(0, 5), ['dlg-close', 'dlg-ok', 'dlg-date', 'dlg-name', 'dlg-close']);
    });

    m.apg('dialog-modal/escape-closes', 'Escape closes the modal through the site\'s close button and focus returns to the button that opened it', async () => {
      await openDialog();
      await b.press('Tab');
      await b.press('Escape');
      assert.equal(await read.shown(b, 'dlg'), false);
      assert.equal((await b.focused()).id, 'open');
    });

    m.apg('dialog-modal/background-inert', 'While the modal shows, the rest of the page is inert (gone from the accessibility tree); afterwards nothing is', async () => {
      await openDialog();
      const background = await b.eval(() => [...document.querySelectorAll('main h1, #open, #open-native, #open-pop, #pop, #after, [data-curbcut-ui]')]
        .map((el) => el.closest('[inert]') !== null));
      assert.deepEqual(background, [true, true, true, true, true, true, true], 'the page around it and the runtime\'s own bar');
      assert.equal(await b.eval(() => document.getElementById('dlg').closest('[inert]')), null);
      if (engine === 'chromium') {
        const names = JSON.stringify(await b.axTree('[data-curbcut-ui]'));
        assert.ok(names.includes('"Your visit"') && !names.includes('"After"') && !names.includes('"Book now"'), 'background not in the tree');
      }
      await b.click('#dlg-close');
      assert.deepEqual(await inert(b), []);
    });

    apg(engine, 'dialog-modal/shown-on-load', 'A modal shown on load does not take focus, but the first Tab lands inside it', async () => {
      await open(b, 'widgets/modal-onload.html', true);
      assert.equal((await b.focused()).tag, 'body', 'no focus on load');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'nl-email');
      await b.press('Tab');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'nl-email', 'and Tab wraps inside');
      await b.press('Escape');
      assert.equal(await read.shown(b, 'nl'), false, 'Escape: "No thanks"');
      assert.deepEqual(await inert(b), []);
    });

    apg(engine, 'popup/non-modal-tab-leaves', 'A non-modal popup is never trapped: Tab goes through it and leaves', async () => {
      await open(b, 'widgets/modal.html', true);
      await b.click('#open-pop');
      assert.equal(await read.shown(b, 'pop'), true);
      assert.equal((await b.focused()).id === 'open-pop' || (await b.focused()).tag === 'body', true, 'focus is not moved into it');
      await read.focus(b, 'open-pop');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'pop-a');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'pop-b');
      await b.press('Tab');
      assert.equal((await b.focused()).id, 'after', 'Tab leaves the popup');
      assert.deepEqual(await inert(b), []);
    });

    apg(engine, 'dialog-native/browser-kept', 'A native <dialog> opened with showModal() behaves as without the runtime: the browser moves focus in, keeps Tab off the page behind, closes on Escape and restores focus', async () => {
      // Where Tab goes after the dialog's last element is the browser's own (Firefox visits its
      // toolbar, and remembers that across loads), so the runs compare where focus may and may not go.
      const run = async () => {
        await b.click('#open-native');
        const first = (await b.focused()).id;
        const visited = new Set();
        let leaked = [];
        for (let i = 0; i < 8; i++) {
          await b.press('Tab');
          const where = await b.eval(() => {
            const a = document.activeElement;
            if (!a || a === document.body || a === document.documentElement) return { out: true };
            return { id: a.id, inside: document.getElementById('ndlg').contains(a) };
          });
          if (where.out) continue;
          if (where.inside) visited.add(where.id); else leaked.push(where.id);
        }
        const open = await b.eval(() => document.getElementById('ndlg').open);
        await b.press('Escape');
        return { first, visited: [...visited].sort(), leaked, open, closed: !(await b.eval(() => document.getElementById('ndlg').open)),
          back: (await b.focused()).id, inert: await inert(b) };
      };
      await open(b, 'widgets/modal.html', false);
      const plain = await run();
      await open(b, 'widgets/modal.html', true);
      const withRuntime = await run();
      assert.deepEqual(withRuntime, plain);
      assert.deepEqual([plain.first, plain.leaked, plain.open, plain.closed, plain.back, plain.inert], ['n-in', [], true, true, 'open-native', []],
        'the browser focused the dialog, kept Tab off the page, closed it on Escape and restored focus');
    });
  });
}
