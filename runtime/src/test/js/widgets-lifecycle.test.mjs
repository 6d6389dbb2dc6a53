// Widget repairs over a page's life, in every engine: content added later (single-page apps),
// markers added later, markers the runtime must ignore, "What this site changed", and "turn off
// this site's fixes" putting the DOM back exactly as the site had it.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, settle } from './support/browsers.mjs';
import { suite, open, read, domSnapshot, same } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

const widgetsSettled = (b) => b.eval(async () => { await (await import('/curbcut/widgets/index.js')).settled(); });
const turnOff = (b) => b.eval(async () => { (await import('/curbcut/journal.js')).turnOff(); });
const blur = (b) => b.eval(() => document.activeElement && document.activeElement.blur());
const click = (b, ...ids) => b.eval((list) => { for (const id of list) document.getElementById(id).click(); }, ids);

// For each broken fixture: what a visitor does with the keys (with the runtime), and the same
// outcome by the site's own clicks (without it). After "turn off", the two DOMs must be equal.
const CASES = [
  ['tabs-broken.html', async (b) => { await read.focus(b, 'tab1'); await b.press('ArrowRight'); }, (b) => click(b, 'tab2')],
  ['radio-broken.html', async (b) => { await read.focus(b, 'r1'); await b.press('ArrowDown'); }, (b) => click(b, 'r2')],
  ['listbox-broken.html', async (b) => { await read.focus(b, 'o1'); await b.press('ArrowDown'); await read.focus(b, 'm1'); await b.press(' '); }, (b) => click(b, 'o2', 'm1')],
  ['menubutton-broken.html', async (b) => { await read.focus(b, 'mbtn'); await b.press('Enter'); await b.press('ArrowDown'); await b.press('Enter'); }, (b) => click(b, 'mbtn', 'mi2')],
  ['menubar-broken.html', async (b) => { await read.focus(b, 'file'); await b.press('ArrowDown'); await b.press('Escape'); await b.press('ArrowRight'); }, (b) => click(b, 'file', 'file')],
  ['nav-broken.html', async (b) => { await read.focus(b, 'b1'); await b.press('Enter'); }, (b) => click(b, 'b1')],
  ['accordion-broken.html', async (b) => { await read.focus(b, 'h2'); await b.press('Enter'); }, (b) => click(b, 'h2')],
  ['combobox-broken.html', async (b) => { await read.focus(b, 'cb'); await b.press('ArrowDown'); await b.press('ArrowDown'); await b.press('Enter'); }, (b) => click(b, 'cb-toggle', 'f2')],
  ['carousel-broken.html?interval=manual', async (b) => { await read.focus(b, 'next'); await b.press('Enter'); }, (b) => click(b, 'rot', 'next')],
  ['activation-broken.html', async (b) => { await read.focus(b, 'details'); await b.press('Enter'); await settle(b); }, (b) => click(b, 'details')],
  ['modal.html', async (b) => { await b.click('#open'); }, (b) => click(b, 'open')],
];

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, {});
    const b = () => w.b();

    for (const [page, keys, clicks] of CASES) {
      it(`turning the fixes off restores the site's own DOM: ${page}, at load and after the visitor used the widget`, async () => {
        await open(b(), `widgets/${page}`, false);
        const original = await domSnapshot(b());
        await open(b(), `widgets/${page}`, true);
        await turnOff(b());
        same(await domSnapshot(b()), original, 'after load and turn off, the DOM');

        await open(b(), `widgets/${page}`, false);
        await clicks(b());
        await blur(b());
        const bySite = await domSnapshot(b());
        await open(b(), `widgets/${page}`, true);
        await keys(b());
        await blur(b());
        await settle(b());
        const fixed = await domSnapshot(b());
        assert.notDeepEqual(fixed, bySite, 'the runtime did change something (else this test proves nothing)');
        await turnOff(b());
        same(await domSnapshot(b()), bySite, 'after the keys and turn off, the DOM');
      });
    }

    it('under a strict Content-Security-Policy the widget modules load and work with no violation', async () => {
      await open(b(), 'widgets/combobox-broken.html?csp', true);
      await read.focus(b(), 'cb');
      await b().press('ArrowDown');
      assert.equal(await read.attr(b(), 'cb', 'aria-activedescendant'), 'f1', 'the lazily loaded module runs');
      assert.equal(await b().eval(() => document.adoptedStyleSheets.length), 1, 'the outline of the active suggestion is a constructed sheet');
      assert.deepEqual(await b().eval(() => window.cspViolations), []);
    });

    it('after turning the fixes off, the widgets add no keys any more', async () => {
      await open(b(), 'widgets/tabs-broken.html', true);
      await turnOff(b());
      await read.focus(b(), 'tab1');
      await b().press('ArrowRight');
      assert.equal((await b().focused()).id, 'tab1');
      assert.equal(await read.shown(b(), 'panel2'), false);
    });

    it('"What this site changed" lists the widget repairs with their rule and success criterion', async () => {
      await open(b(), 'widgets/tabs-broken.html', true);
      await read.focus(b(), 'tab1');
      await b().press('ArrowRight');
      const changes = await b().eval(() => window.curbcut.changes().map((c) => `${c.element.id || c.element.className}|${c.rule}|${c.wcag}`));
      for (const want of ['tabs|widget-keyboard|2.1.1', 'tab1|widget-keyboard|2.1.1', 'tab2|widget-state|4.1.2', 'panel2|widget-keyboard|2.1.1']) {
        assert.ok(changes.includes(want), `${want} in ${changes.join(', ')}`);
      }
    });

    it('a widget rendered after load gets its keys (single-page app)', async () => {
      await open(b(), 'widgets/spa.html', true);
      await b().click('#load');
      await settle(b());
      await widgetsSettled(b());
      await read.focus(b(), 'tab1');
      await b().press('ArrowRight');
      assert.equal((await b().focused()).id, 'tab2');
      assert.equal(await read.shown(b(), 'panel2'), true);
      assert.equal(await read.attr(b(), 'tab2', 'aria-selected'), 'true');
      await b().click('#load');
      await settle(b());
      await widgetsSettled(b());
      await read.focus(b(), 'tab1');
      await b().press('End');
      assert.equal((await b().focused()).id, 'tab2', 'and again when the view is rendered anew');
    });

    it('a marker added later to an existing widget takes effect', async () => {
      await open(b(), 'widgets/spa.html', true);
      await read.focus(b(), 'r1');
      await b().press('ArrowDown');
      assert.equal((await b().focused()).id, 'r1', 'no marker, no keys');
      await b().eval(() => document.getElementById('rg').setAttribute('data-curbcut-widget', 'radiogroup'));
      await settle(b());
      await widgetsSettled(b());
      await b().press('ArrowDown');
      assert.equal((await b().focused()).id, 'r2');
      assert.equal(await read.attr(b(), 'r2', 'aria-checked'), 'true');
    });

    it('native controls and unknown patterns are left alone, and only the needed modules are fetched', async () => {
      await open(b(), 'widgets/spa.html', false);
      const original = await domSnapshot(b());
      const from = server.requests.length;
      await open(b(), 'widgets/spa.html', true);
      same(await domSnapshot(b()), original, 'nothing changed at load');
      await read.focus(b(), 'odd');
      await b().press('ArrowDown');
      assert.equal((await b().focused()).id, 'odd', 'an unknown pattern gets no keys');
      const fetched = server.requests.slice(from).map((r) => r.path).filter((p) => p.startsWith('/curbcut/widgets/'));
      assert.deepEqual(fetched.sort(), ['/curbcut/widgets/common.js', '/curbcut/widgets/index.js', '/curbcut/widgets/listbox.js'],
        'the marked <select> names a listbox (fetched, then left alone); the unknown pattern fetches nothing');
    });
  });
}
