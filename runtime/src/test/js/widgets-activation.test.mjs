// Enter / Space activation of click-only controls and disclosure state (design note G5), in
// every engine: custom role=button on Enter (keydown) and Space (keyup), exactly once; a native
// button once; role=link on Enter only; aria-expanded true to what the site shows.
import { describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, settle } from './support/browsers.mjs';
import { suite, read } from './support/widgets.mjs';

const server = await serve();
after(() => server.close());

for (const engine of engines()) {
  describe(engine, () => {
    const w = suite(engine, server, { broken: 'widgets/activation-broken.html', correct: 'widgets/activation-correct.html' });

    w.apg('button/enter-activates', 'Enter on a custom button activates it on keydown, exactly once', async (b) => {
      await read.focus(b, 'save');
      await b.down('Enter');
      assert.deepEqual(await read.log(b), ['save'], 'on keydown');
      await b.up('Enter');
      assert.deepEqual(await read.log(b), ['save'], 'once');
    });

    w.apg('button/space-activates', 'Space on a custom button activates it on keyup, exactly once', async (b) => {
      await read.focus(b, 'save');
      await b.down(' ');
      assert.deepEqual(await read.log(b), [], 'not on keydown');
      await b.up(' ');
      assert.deepEqual(await read.log(b), ['save'], 'on keyup, once');
      assert.equal(await b.eval(() => window.scrollY), 0, 'Space did not scroll the page');
    });

    w.apg('button/native-once', 'A native button fires once on Enter and once on Space, even when marked', async (b) => {
      await read.focus(b, 'native');
      await b.press('Enter');
      assert.deepEqual(await read.log(b), ['native']);
      await b.press(' ');
      assert.deepEqual(await read.log(b), ['native', 'native']);
    }, { noControl: true }); // native: nothing to fix, the page alone passes too

    w.apg('link/enter-activates', 'Enter on a custom link follows it once; Space does not', async (b) => {
      await read.focus(b, 'golink');
      await b.press('Enter');
      assert.deepEqual(await read.log(b), ['golink']);
      await b.press(' ');
      assert.deepEqual(await read.log(b), ['golink'], 'Space is not a link key');
    });

    w.apg('disclosure/expanded-state', 'aria-expanded stays true to what is shown, whoever toggles the content', async (b) => {
      await read.focus(b, 'details');
      await b.press('Enter');
      await settle(b);
      assert.equal(await read.attr(b, 'details', 'aria-expanded'), 'true', 'shown by its button');
      await b.eval(() => document.getElementById('hide-more').click());
      await settle(b);
      assert.equal(await read.attr(b, 'details', 'aria-expanded'), 'false', 'hidden by the site from elsewhere');
      await b.eval(() => document.getElementById('show-more').click());
      await settle(b);
      assert.equal(await read.attr(b, 'details', 'aria-expanded'), 'true', 'shown and re-rendered by the site');
      assert.equal(await read.shown(b, 'more'), true);
    });
  });
}
