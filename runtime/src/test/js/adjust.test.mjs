// The preference applier (adjust.js, adjust-dom.js; design note G6–G8, G15, R12) in every engine:
// each setting's computed-style effect, the page left exactly as it was with no setting, media
// and motion, and the visitor's system preferences followed by default.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, launch, settle } from './support/browsers.mjs';
import { applied, apply, clearStore, firstDifference, openPage, snapshot, store, styles } from './support/settings.mjs';

const server = await serve();
after(() => server.close());

const px = (v) => parseFloat(v);
const close = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 0.05, `${what}: ${actual} ≠ ${expected}`);

/** Every setting that changes something, at its strongest. */
const EVERYTHING = {
  textSize: 200, lineHeight: 2, letterSpacing: 0.3, wordSpacing: 0.5, paragraphSpacing: 3, font: 'readable', alignStart: true,
  highlightHeadings: true, highlightLinks: true, theme: 'contrast', saturation: 'mono', stopAnimations: true, muteMedia: true,
  hideImages: true, readingGuide: true, readingMask: true, focusHighlight: true, bigCursor: true, readAloud: true,
};

/** Media emulation is CDP-only: Firefox gets its own profile-pref suites below, WebKitWebDriver has none. */
const emulation = (engine) => ({ chromium: false, firefox: 'Firefox: see the profile-pref suite', webkit: 'WebKitWebDriver cannot emulate media features' })[engine];

for (const engine of engines()) {
  describe(engine, () => {
    let b;
    before(async () => { b = await launch(engine); });
    after(async () => { await b.close(); });
    beforeEach(async () => {
      await openPage(b, server, 'adjust.html', { inject: false });
      await clearStore(b);
    });

    it('with no settings the page is exactly as without the runtime (computed styles, markup, style sheets)', async () => {
      await openPage(b, server, 'adjust.html', { inject: false });
      const without = await snapshot(b);
      server.requests.length = 0;
      await openPage(b, server, 'adjust.html');
      await settle(b);
      const withRuntime = await snapshot(b);
      assert.equal(withRuntime.adopted, 0, 'no style sheet of ours is adopted');
      assert.equal(firstDifference(without, withRuntime), null);
      const loaded = server.requests.map((r) => r.path).filter((p) => /adjust-(css|dom)\.js$/.test(p));
      assert.deepEqual(loaded, [], 'with no setting the adjustments\' code is not even loaded');
    });

    it('turning every setting on and then off again leaves the page exactly as it was', async () => {
      await openPage(b, server, 'adjust.html', { inject: false });
      const without = await snapshot(b);
      await openPage(b, server, 'adjust.html');
      await apply(b, EVERYTHING);
      const on = await snapshot(b);
      assert.notEqual(firstDifference(without, on), null, 'the settings did change the page');
      await apply(b, {});
      assert.equal(firstDifference(without, await snapshot(b)), null);
    });

    it('applying the same settings twice changes nothing more (one sheet of ours, the site\'s kept)', async () => {
      await openPage(b, server, 'adjust.html');
      await b.eval(() => { const s = new CSSStyleSheet(); s.replaceSync('#foot { color: rgb(1, 2, 3) }'); document.adoptedStyleSheets = [s]; });
      await apply(b, { lineHeight: 1.5, hideImages: true });
      const once = await snapshot(b);
      await apply(b, { lineHeight: 1.5, hideImages: true });
      const twice = await snapshot(b);
      assert.equal(firstDifference(once, twice), null);
      assert.equal(twice.adopted, 2, 'the site\'s adopted sheet and ours');
      await apply(b, {});
      const left = await b.eval(() => [document.adoptedStyleSheets.length, getComputedStyle(document.getElementById('foot')).color]);
      assert.deepEqual(left, [1, 'rgb(1, 2, 3)'], 'the site\'s own adopted sheet stays');
    });

    it('text size scales the root font size as a percentage: 200 % doubles it, 150 % gives 1.5 times', async () => {
      await openPage(b, server, 'adjust.html');
      const base = px((await styles(b, { html: ['font-size'] })).html['font-size']);
      assert.equal(base, 10, 'the site sets 62.5 %');
      await apply(b, { textSize: 200 });
      const doubled = await styles(b, { html: ['font-size'], '#p1': ['font-size'] });
      assert.equal(px(doubled.html['font-size']), 20);
      assert.equal(px(doubled['#p1']['font-size']), 32, 'rem-sized text follows');
      await apply(b, { textSize: 150 });
      assert.equal(px((await styles(b, { html: ['font-size'] })).html['font-size']), 15);
      const rule = await b.eval(() => [...document.adoptedStyleSheets.at(-1).cssRules].map((r) => r.cssText).join(' '));
      assert.match(rule, /font-size: 125% !important|font-size: 93\.75% !important/);
      assert.doesNotMatch(rule, /font-size:[^;]*px/, 'never px');
      const viewport = await b.eval(() => [...document.querySelectorAll('meta[name=viewport]')].map((m) => m.content));
      assert.deepEqual(viewport, [], 'no viewport meta (so no maximum-scale) is added');
    });

    it('text spacing reaches the WCAG 1.4.12 values, also where the site sets its own', async () => {
      await openPage(b, server, 'adjust.html');
      await apply(b, { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 });
      for (const sel of ['#p1', '#p3', '#nav1', '#h1']) {
        const s = (await styles(b, { [sel]: ['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'margin-bottom'] }))[sel];
        const size = px(s['font-size']);
        close(px(s['line-height']), 1.5 * size, `${sel} line height`);
        close(px(s['letter-spacing']), 0.12 * size, `${sel} letter spacing`);
        close(px(s['word-spacing']), 0.16 * size, `${sel} word spacing`);
        if (sel.startsWith('#p')) close(px(s['margin-bottom']), 2 * size, `${sel} paragraph spacing`);
      }
      await apply(b, { lineHeight: 2, letterSpacing: 0.3, wordSpacing: 0.5, paragraphSpacing: 3 });
      const s = (await styles(b, { '#p3': ['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'margin-bottom'] }))['#p3'];
      const size = px(s['font-size']);
      close(px(s['line-height']), 2 * size, 'past 1.4.12: line height');
      close(px(s['letter-spacing']), 0.3 * size, 'past 1.4.12: letter spacing');
      close(px(s['word-spacing']), 0.5 * size, 'past 1.4.12: word spacing');
      close(px(s['margin-bottom']), 3 * size, 'past 1.4.12: paragraph spacing');
    });

    it('nothing overflows sideways at 320 CSS px with 200 % text and the widest spacing', async () => {
      await openPage(b, server, 'adjust.html');
      await apply(b, { textSize: 200, lineHeight: 2, letterSpacing: 0.3, wordSpacing: 0.5, paragraphSpacing: 3 });
      // A 320 px wide frame of the same page stands in for a 320 px viewport in every engine.
      const overflow = await b.eval(() => new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.width = '320';
        frame.height = '480';
        frame.src = location.pathname + '?inject=';
        frame.addEventListener('load', async () => {
          const w = frame.contentWindow;
          for (let i = 0; i < 100 && !w.curbcut; i++) await new Promise((r) => setTimeout(r, 50));
          const m = await w.eval('import("/curbcut/adjust.js")');
          await m.applySettings(w.document, { textSize: 200, lineHeight: 2, letterSpacing: 0.3, wordSpacing: 0.5, paragraphSpacing: 3 });
          const el = w.document.scrollingElement;
          resolve([el.scrollWidth, el.clientWidth]);
        });
        document.body.append(frame);
      }));
      assert.ok(overflow[0] <= overflow[1], `scroll width ${overflow[0]} > ${overflow[1]}`);
    });

    it('readable font: a system stack for text, code and icon fonts keep theirs', async () => {
      await openPage(b, server, 'adjust.html');
      await apply(b, { font: 'readable' });
      const s = await styles(b, { '#p1': ['font-family'], '#code': ['font-family'], '#icon': ['font-family'], '#send': ['font-family'] });
      assert.match(s['#p1']['font-family'], /^system-ui/);
      assert.match(s['#send']['font-family'], /^system-ui/);
      assert.match(s['#code']['font-family'], /Courier New/);
      assert.match(s['#icon']['font-family'], /Icon Font/);
    });

    it('a font the site self-hosts (data-fonts) is offered from its own origin only', async () => {
      await openPage(b, server, 'adjust.html', { attrs: 'data-fonts="Site Sans=/fixtures/media/site-sans.woff2, Far Font=https://fonts.example.com/far.woff2"' });
      await apply(b, { font: 'Site Sans' });
      const faces = await b.eval(() => [...document.fonts].map((f) => f.family.replace(/"/g, '')));
      assert.deepEqual(faces, ['Site Sans']);
      assert.match((await styles(b, { '#p1': ['font-family'] }))['#p1']['font-family'], /^"Site Sans", system-ui/);
      await apply(b, { font: 'Far Font' });
      assert.match((await styles(b, { '#p1': ['font-family'] }))['#p1']['font-family'], /^system-ui/, 'a cross-origin font is never used');
      const foreign = await b.eval(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).origin !== location.origin));
      assert.deepEqual(foreign, [], 'nothing was fetched from another origin');
    });

    it('align to start, highlight headings and links, strong focus, big cursor', async () => {
      await openPage(b, server, 'adjust.html');
      await apply(b, { alignStart: true, highlightHeadings: true, highlightLinks: true, focusHighlight: true, bigCursor: true });
      const s = await styles(b, {
        '#p2': ['text-align'], '#h1': ['text-align', 'outline-style', 'outline-width'], '#nav1': ['text-decoration-line', 'outline-style'],
        '#p1': ['cursor'], '#link': ['cursor'],
      });
      assert.equal(s['#p2']['text-align'], 'start');
      assert.equal(s['#h1']['text-align'], 'start');
      assert.equal(s['#h1']['outline-style'], 'solid');
      assert.equal(s['#nav1']['text-decoration-line'], 'underline');
      assert.equal(s['#nav1']['outline-style'], 'solid');
      assert.match(s['#p1']['cursor'], /cursor\.svg/);
      assert.match(s['#link']['cursor'], /pointer\.svg/);
      const cursor = await b.eval(() => fetch('/curbcut/cursor.svg').then((r) => r.status));
      assert.equal(cursor, 200);
      await b.press('Tab');
      await b.press('Tab');
      await b.press('Tab');
      await b.press('Tab');
      const focused = await b.eval(() => {
        const el = document.activeElement;
        const cs = getComputedStyle(el);
        return [el.id, cs.outlineStyle, cs.outlineWidth, cs.boxShadow];
      });
      assert.deepEqual(focused.slice(0, 3), ['logo', 'solid', '3px']);
      assert.match(focused[3], /7px/);
    });

    it('colour themes and saturation recolour the page; the site\'s colours come back', async () => {
      await openPage(b, server, 'adjust.html');
      const site = await styles(b, { body: ['background-color', 'color'], '#card': ['background-color'] });
      await apply(b, { theme: 'dark' });
      let s = await styles(b, { body: ['background-color', 'color'], '#card': ['background-color'], '#link': ['color'], html: ['color-scheme'] });
      assert.equal(s.body['background-color'], 'rgb(18, 18, 18)');
      assert.equal(s.body.color, 'rgb(240, 240, 240)');
      assert.equal(s['#card']['background-color'], 'rgb(18, 18, 18)');
      assert.equal(s['#link'].color, 'rgb(158, 197, 255)');
      assert.equal(s.html['color-scheme'], 'dark');
      await apply(b, { theme: 'light' });
      s = await styles(b, { body: ['background-color', 'color'] });
      assert.deepEqual([s.body['background-color'], s.body.color], ['rgb(255, 255, 255)', 'rgb(17, 17, 17)']);
      await apply(b, { theme: 'contrast' });
      s = await styles(b, { body: ['background-color', 'color'], '#link': ['color'] });
      assert.deepEqual([s.body['background-color'], s.body.color, s['#link'].color], ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(255, 255, 0)']);
      for (const [saturation, filter] of [['low', 'saturate(0.5)'], ['high', 'saturate(1.75)'], ['mono', 'grayscale(1)']]) {
        await apply(b, { saturation });
        assert.equal((await styles(b, { html: ['filter'] })).html.filter, filter);
      }
      await apply(b, {});
      assert.deepEqual(await styles(b, { body: ['background-color', 'color'], '#card': ['background-color'] }), site);
    });

    it('stop animations: CSS and script animations paused, autoplaying video paused, GIF frozen, all undone when off', async () => {
      await openPage(b, server, 'motion.html');
      await b.eval(() => new Promise((r) => { const v = document.getElementById('video'); v.paused ? v.addEventListener('playing', r, { once: true }) : r(); setTimeout(r, 3000); }));
      await b.eval(() => document.getElementById('slide').classList.add('moved'));
      const before = await b.eval(() => [document.getAnimations().map((a) => a.playState), document.getElementById('video').paused]);
      assert.ok(before[0].filter((s) => s === 'running').length >= 3, `animations run before: ${before[0]}`);
      assert.equal(before[1], false, 'the video plays before');
      await apply(b, { stopAnimations: true });
      const after = await b.eval(() => {
        const gif = document.getElementById('gif');
        const canvas = gif.nextElementSibling;
        return {
          states: document.getAnimations().map((a) => a.playState),
          video: document.getElementById('video').paused,
          gif: getComputedStyle(gif).display,
          canvas: canvas && canvas.localName === 'canvas' ? [canvas.getAttribute('role'), canvas.getAttribute('aria-label'), canvas.width] : null,
        };
      });
      assert.ok(after.states.length >= 3 && after.states.every((s) => s === 'paused'), `all paused: ${after.states}`);
      assert.equal(after.video, true);
      assert.equal(after.gif, 'none');
      assert.deepEqual(after.canvas, ['img', 'Loading spinner', 16]);
      await apply(b, {});
      const off = await b.eval(() => ({
        running: document.getAnimations().filter((a) => a.playState === 'running').length,
        canvases: document.querySelectorAll('canvas').length,
        gif: [getComputedStyle(document.getElementById('gif')).display, document.getElementById('gif').getAttributeNames().join()],
      }));
      assert.ok(off.running >= 2, 'CSS and script animations run again');
      assert.equal(off.canvases, 0);
      assert.deepEqual(off.gif, ['inline', 'src,alt,id,width,height']);
    });

    it('a video that autoplays, added after stop animations is on, stays paused', async () => {
      await openPage(b, server, 'motion.html');
      await apply(b, { stopAnimations: true });
      await b.eval(() => {
        const v = document.createElement('video');
        v.id = 'late';
        v.src = 'media/tone.wav';
        v.muted = true;
        v.autoplay = true;
        document.querySelector('main').append(v);
      });
      await settle(b);
      await new Promise((r) => setTimeout(r, 700));
      assert.equal(await b.eval(() => document.getElementById('late').paused), true);
    });

    it('mute: the page\'s media are muted, media added later too; off unmutes only what we muted', async () => {
      await openPage(b, server, 'motion.html');
      await apply(b, { muteMedia: true });
      assert.deepEqual(await b.eval(() => [...document.querySelectorAll('audio,video')].map((m) => m.muted)), [true, true, true]);
      await b.eval(() => {
        const wrap = document.createElement('div');
        const a = document.createElement('audio');
        a.id = 'later';
        a.src = 'media/tone.wav';
        wrap.append(a);
        document.querySelector('main').append(wrap);
      });
      await settle(b);
      assert.equal(await b.eval(() => document.getElementById('later').muted), true, 'audio added later is muted');
      await apply(b, {});
      const muted = await b.eval(() => Object.fromEntries([...document.querySelectorAll('audio,video')].map((m) => [m.id, m.muted])));
      assert.deepEqual(muted, { video: true, audio: false, sitemuted: true, later: false }, 'the site\'s own muted media stay muted');
    });

    it('hide images: images hidden, their alt text shown in their place, images added later too', async () => {
      await openPage(b, server, 'adjust.html');
      await apply(b, { hideImages: true });
      const shown = await b.eval(() => ({
        gif: getComputedStyle(document.getElementById('gif')).display,
        alt: [...document.querySelectorAll('[data-curbcut-alt]')].map((s) => [s.textContent, s.previousElementSibling.id, getComputedStyle(s).display]),
      }));
      assert.equal(shown.gif, 'none');
      assert.deepEqual(shown.alt, [['Loading spinner', 'gif', 'inline-block']], 'decorative images (alt="") get no text');
      await b.eval(() => { const img = document.createElement('img'); img.alt = 'Map of the area'; img.id = 'map'; document.getElementById('foot').append(img); });
      await settle(b);
      assert.equal(await b.eval(() => document.getElementById('map').nextElementSibling?.textContent), 'Map of the area');
      await apply(b, {});
      assert.equal(await b.eval(() => document.querySelectorAll('[data-curbcut-alt]').length), 0);
    });

    it('reading guide and mask follow the pointer without catching it, and go away when off', async () => {
      await openPage(b, server, 'adjust.html');
      await apply(b, { readingGuide: true, readingMask: true });
      await b.eval(() => document.dispatchEvent(new PointerEvent('pointermove', { clientX: 50, clientY: 200, bubbles: true })));
      const aid = await b.eval(() => {
        const root = document.querySelector('[data-curbcut-ui=aids]').shadowRoot;
        const [guide, top, bottom] = root.querySelectorAll('div');
        const box = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; };
        return { guide: box(guide), top: box(top), bottom: box(bottom)[0], events: getComputedStyle(guide).pointerEvents,
          hit: document.elementFromPoint(50, 212)?.closest('[data-curbcut-ui]') ? 'ours' : 'page' };
      });
      assert.equal(aid.guide[0], 212, 'the guide sits just under the pointer');
      assert.deepEqual(aid.top, [0, 152], 'the mask darkens above the reading band');
      assert.equal(aid.bottom, 248, 'and below it');
      assert.equal(aid.events, 'none');
      assert.equal(aid.hit, 'page', 'clicks go through to the page');
      await apply(b, { readingMask: true });
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui=aids]').shadowRoot.querySelector('.guide').hidden), true);
      await apply(b, {});
      assert.equal(await b.eval(() => document.querySelectorAll('[data-curbcut-ui=aids]').length), 0);
    });

    it('stored settings are applied on load, before anything is opened', async () => {
      await store(b, { lineHeight: 1.5, theme: 'dark' });
      await openPage(b, server, 'adjust.html');
      await applied(b);
      const s = await styles(b, { '#p1': ['line-height', 'font-size'], body: ['background-color'] });
      close(px(s['#p1']['line-height']), 1.5 * px(s['#p1']['font-size']), 'line height');
      assert.equal(s.body['background-color'], 'rgb(18, 18, 18)');
    });

    it('broken stored values are ignored, never thrown', async () => {
      await store(b, { textSize: 'huge', lineHeight: '1;}body{display:none', theme: '__proto__', saturation: 'constructor', font: '"; }' });
      await openPage(b, server, 'adjust.html');
      await applied(b);
      const s = await styles(b, { body: ['display'], html: ['font-size'] });
      assert.deepEqual([s.body.display, s.html['font-size']], ['block', '10px']);
    });

    it('under forced colours (emulated) the colour settings are not applied: the OS wins', { skip: emulation(engine) }, async () => {
      await openPage(b, server, 'adjust.html');
      await b.page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        const site = await styles(b, { body: ['background-color'], html: ['filter', 'color-scheme'] });
        await apply(b, { theme: 'dark', saturation: 'mono', lineHeight: 2 });
        const s = await styles(b, { body: ['background-color'], html: ['filter', 'color-scheme'], '#p1': ['line-height', 'font-size'] });
        assert.deepEqual([s.body['background-color'], s.html.filter, s.html['color-scheme']],
          [site.body['background-color'], site.html.filter, site.html['color-scheme']]);
        close(px(s['#p1']['line-height']), 2 * px(s['#p1']['font-size']), 'other settings still apply');
      } finally {
        await b.page.emulateMediaFeatures([]);
      }
    });

    it('follows the system by default: reduced motion stops animations, more contrast and dark mode recolour', { skip: emulation(engine) }, async () => {
      await b.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        await openPage(b, server, 'motion.html');
        await applied(b);
        await new Promise((r) => setTimeout(r, 300));
        const states = await b.eval(() => document.getAnimations().map((a) => a.playState));
        assert.ok(states.length && states.every((s) => s === 'paused'), `paused: ${states}`);
        await apply(b, { followSystem: false });
        await new Promise((r) => setTimeout(r, 100));
        assert.ok((await b.eval(() => document.getAnimations().filter((a) => a.playState === 'running').length)) >= 2, 'turned off: they run');
        await b.page.emulateMediaFeatures([{ name: 'prefers-contrast', value: 'more' }]);
        await openPage(b, server, 'adjust.html');
        await applied(b);
        assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(0, 0, 0)');
        await b.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await openPage(b, server, 'adjust.html');
        await applied(b);
        assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(18, 18, 18)');
        await apply(b, { theme: 'light' });
        assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(255, 255, 255)', 'the visitor\'s own choice wins');
      } finally {
        await b.page.emulateMediaFeatures([]);
      }
    });

    it('a site that declares its own dark colours (color-scheme) keeps them in dark mode', { skip: emulation(engine) }, async () => {
      await b.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      try {
        await openPage(b, server, 'dark-aware.html');
        await applied(b);
        assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(34, 34, 34)');
        assert.equal(await b.eval(() => document.adoptedStyleSheets.length), 0);
      } finally {
        await b.page.emulateMediaFeatures([]);
      }
    });
  });
}

// Firefox has no media emulation over BiDi: one browser per media state, set by profile prefs.
if (engines().includes('firefox')) {
  describe('firefox with system preferences (profile prefs)', () => {
    it('forced colours (browser.display.document_color_use=2): colour settings not applied', async () => {
      const b = await launch('firefox', { firefoxPrefs: { 'browser.display.document_color_use': 2 } });
      try {
        await openPage(b, server, 'adjust.html');
        assert.equal(await b.eval(() => matchMedia('(forced-colors: active)').matches), true);
        const site = await styles(b, { body: ['background-color'], html: ['filter', 'color-scheme'] });
        await apply(b, { theme: 'dark', saturation: 'mono' });
        assert.deepEqual(await styles(b, { body: ['background-color'], html: ['filter', 'color-scheme'] }), site);
      } finally {
        await b.close();
      }
    });

    it('dark mode (layout.css.prefers-color-scheme.content-override=0): dark theme by default, not over a dark-aware site', async () => {
      const b = await launch('firefox', { firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': 0 } });
      try {
        await openPage(b, server, 'adjust.html');
        assert.equal(await b.eval(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
        await applied(b);
        assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(18, 18, 18)');
        await openPage(b, server, 'dark-aware.html');
        await applied(b);
        assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(34, 34, 34)');
      } finally {
        await b.close();
      }
    });

    it('reduced motion (ui.prefersReducedMotion=1): animations stopped by default, not when turned off', async () => {
      const b = await launch('firefox', { firefoxPrefs: { 'ui.prefersReducedMotion': 1 } });
      try {
        await openPage(b, server, 'motion.html');
        await applied(b);
        await new Promise((r) => setTimeout(r, 300));
        const states = await b.eval(() => document.getAnimations().map((a) => a.playState));
        assert.ok(states.length && states.every((s) => s === 'paused'), `paused: ${states}`);
        await apply(b, { followSystem: false });
        await new Promise((r) => setTimeout(r, 100));
        assert.ok((await b.eval(() => document.getAnimations().filter((a) => a.playState === 'running').length)) >= 2);
      } finally {
        await b.close();
      }
    });
  });
}
