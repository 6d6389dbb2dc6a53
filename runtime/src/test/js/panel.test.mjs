// The settings panel (panel.js; design note G9, G10, G14, G16, G18, R9, R11) in every engine,
// driven with trusted key presses: an APG modal dialog of native controls, presets, settings
// that survive a reload and travel as a code, the transparency section, and its own audit.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { engines, launch, settle } from './support/browsers.mjs';
import { apg } from './support/apg.mjs';
import { applied, clearStore, inPanel, openPage, styles } from './support/settings.mjs';

const server = await serve();
after(() => server.close());

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** Where focus is: 'panel' (inside our dialog), or the page element's id / our control's text. */
const where = (b) => b.eval(() => {
  const host = document.querySelector('[data-curbcut-ui=panel]');
  if (host && document.activeElement === host) {
    const el = host.shadowRoot.activeElement;
    return el && host.shadowRoot.querySelector('dialog').contains(el) ? 'panel' : 'panel host, outside the dialog';
  }
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el === document.body ? 'body' : el.id || el.getAttribute('aria-label') || el.textContent.trim();
});

/** The state of every setting control in the panel: { name: checked | value }. */
const controls = (b) => inPanel(b, (root) => Object.fromEntries([...root.querySelectorAll('input[name],select[name]')]
  .filter((el) => el.type !== 'radio' || el.checked).map((el) => [el.name, el.type === 'checkbox' ? el.checked : el.value])));

/** Waits until the panel is open (its chunk loads on first use). */
async function panelOpen(b) {
  for (let i = 0; i < 100; i++) {
    if (await b.eval(() => !!document.querySelector('[data-curbcut-ui=panel]')?.shadowRoot.querySelector('dialog[open]'))) return;
    await wait(30);
  }
  throw new Error('the panel did not open');
}

const panelGone = (b) => b.eval(() => !document.querySelector('[data-curbcut-ui=panel]'));

/** Sets one control as a visitor would (value, then the change event the browser sends). */
const setControl = async (b, name, value) => {
  await change(b, name, value);
  await settle(b); // the settings' style sheet may still be arriving (loaded on first use)
};
const change = (b, name, value) => inPanel(b, (root, n, v) => {
  const els = [...root.querySelectorAll(`[name="${n}"]`)];
  const el = els.find((e) => e.type !== 'radio' || e.value === v);
  if (el.type === 'checkbox' || el.type === 'radio') el.checked = el.type === 'radio' ? true : v;
  else el.value = String(v);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}, name, value);

// Buttons pressed by a script click (the keyboard path of buttons is the browser's own; the dialog
// keys, Space on checkboxes, arrows in radio groups, presets and typing a code use trusted keys).
const click = (b, text) => inPanel(b, (root, t) => [...root.querySelectorAll('button')].find((x) => x.textContent === t).click(), text);
const stored = (b) => b.eval(() => JSON.parse(localStorage.getItem('curbcut') || 'null'));

/** Media emulation is CDP-only: Firefox gets its own profile-pref suites below, WebKitWebDriver has none. */
const emulation = (engine) => ({ chromium: false, firefox: 'Firefox: see the profile-pref suite', webkit: 'WebKitWebDriver cannot emulate media features' })[engine];

for (const engine of engines()) {
  describe(engine, () => {
    let b;
    before(async () => { b = await launch(engine); });
    after(async () => { await b.close(); });
    beforeEach(async () => {
      await openPage(b, server, 'page.html', { inject: false });
      await clearStore(b);
    });

    /** Opens the panel from the launcher with the keyboard (skip link, page map, launcher). */
    async function openFromLauncher(page = 'page.html', attrs = '') {
      await openPage(b, server, page, { attrs });
      await b.press('Tab');
      await b.press('Tab');
      await b.press('Tab');
      assert.equal(await where(b), 'Display and keyboard settings');
      await b.press('Enter');
      await panelOpen(b);
    }

    apg(engine, 'dialog-modal/focus-in-on-open', 'the launcher opens a labelled modal dialog and focus moves into it', async () => {
      await openFromLauncher();
      const d = await inPanel(b, (root) => {
        const dialog = root.querySelector('dialog');
        const title = root.getElementById(dialog.getAttribute('aria-labelledby'));
        return { modal: dialog.matches(':modal'), label: title.textContent, focused: root.activeElement === title, lang: dialog.lang };
      });
      assert.deepEqual(d, { modal: true, label: 'Display and keyboard settings', focused: true, lang: 'en' });
      assert.equal(await where(b), 'panel');
    });

    apg(engine, 'dialog-modal/tab-wraps', '20 × Tab stays inside the dialog, wrapping from the last control to the first', async () => {
      await openFromLauncher();
      const seen = new Set();
      for (let i = 0; i < 20; i++) {
        await b.press('Tab');
        assert.equal(await where(b), 'panel', `after Tab ${i + 1}`);
        seen.add(await inPanel(b, (root) => root.activeElement.id || root.activeElement.textContent));
      }
      assert.ok(seen.size >= 15, `focus moved through the controls (${seen.size} different)`);
      const stops = await inPanel(b, (root) => root.querySelectorAll('input:not([type=radio]),select,button,textarea,summary,a[href]').length);
      for (let i = 0; i < stops + 10; i++) await b.press('Tab');
      assert.equal(await where(b), 'panel', 'past the last control Tab comes back to the first');
    });

    apg(engine, 'dialog-modal/shift-tab-wraps', '20 × Shift+Tab stays inside the dialog, wrapping from the first control to the last', async () => {
      await openFromLauncher();
      await b.press('Tab', ['Shift']);
      const last = await inPanel(b, (root) => root.activeElement.textContent);
      assert.equal(last, 'Close', 'Shift+Tab from the title goes to the last control (the closing button)');
      for (let i = 0; i < 20; i++) {
        await b.press('Tab', ['Shift']);
        assert.equal(await where(b), 'panel', `after Shift+Tab ${i + 1}`);
      }
    });

    apg(engine, 'dialog-modal/escape-closes', 'Escape closes the dialog and focus returns to the launcher', async () => {
      await openFromLauncher();
      await b.press('Tab');
      await b.press('Escape');
      await settle(b);
      assert.equal(await panelGone(b), true);
      assert.equal(await where(b), 'Display and keyboard settings');
    });

    it('the page map\'s last item opens the panel; Escape returns focus to the page-map button', async () => {
      await openPage(b, server, 'page.html');
      await b.press('1', ['Alt']);
      for (let i = 0; i < 100 && (await b.focused()).role !== 'menuitem'; i++) await wait(30); // the map loads on first use
      await b.press('End');
      await b.press('Enter');
      await panelOpen(b);
      assert.equal(await where(b), 'panel');
      await b.press('Escape');
      await settle(b);
      assert.equal(await where(b), 'Page map');
    });

    it('the Close buttons close the panel and return focus', async () => {
      await openFromLauncher();
      await b.press('Tab');
      assert.equal(await inPanel(b, (root) => root.activeElement.textContent), 'Close');
      await b.press('Enter');
      await settle(b);
      assert.equal(await panelGone(b), true);
      assert.equal(await where(b), 'Display and keyboard settings');
    });

    it('while it is open the page behind is inert and the page\'s shortcuts stay quiet', async () => {
      await openFromLauncher();
      await b.eval(() => document.getElementById('send').focus());
      assert.equal(await where(b), 'panel', 'a page control cannot take focus');
      await b.press('1', ['Alt']);
      assert.equal(await where(b), 'panel', 'Alt+1 does not open the page map over the panel');
      const hit = await b.eval(() => {
        const r = document.getElementById('send').getBoundingClientRect();
        const el = document.elementFromPoint(r.x + 2, r.y + 2);
        return el && el.id === 'send';
      });
      assert.equal(hit, false, 'the backdrop covers the page');
    });

    it('is made of native controls: checkboxes, radio groups in fieldsets with legends, a range, selects, buttons', async () => {
      await openFromLauncher();
      const kinds = await inPanel(b, (root) => ({
        checkboxes: root.querySelectorAll('input[type=checkbox]').length,
        radioGroups: [...root.querySelectorAll('fieldset')].filter((f) => f.querySelector(':scope > .row > input[type=radio]')).map((f) => f.querySelector('legend').textContent),
        range: root.querySelectorAll('input[type=range]').length,
        selects: root.querySelectorAll('select').length,
        aria: root.querySelectorAll('[role]:not([role=status])').length,
        unlabelled: [...root.querySelectorAll('input,select,textarea')].filter((el) => !el.labels.length).map((el) => el.id),
      }));
      assert.ok(kinds.checkboxes >= 14, `${kinds.checkboxes} checkboxes`);
      assert.deepEqual(kinds.radioGroups, ['Colour theme', 'Colour strength']);
      assert.equal(kinds.range, 1);
      assert.equal(kinds.selects, 11, 'four spacings, the font, five quick-key letters, the page-map shortcut');
      assert.equal(kinds.aria, 0, 'no ARIA role is needed besides the status message');
      assert.deepEqual(kinds.unlabelled, []);
      const note = await inPanel(b, (root) => root.querySelector('.note').textContent);
      assert.equal(note, 'Using a screen reader? Use its own heading and landmark keys; nothing to switch on here.');
    });

    it('Space toggles a checkbox and the setting applies at once; arrows move within a radio group', async () => {
      await openFromLauncher('adjust.html');
      await inPanel(b, (root) => root.getElementById('highlightLinks').focus());
      await b.press(' ');
      await settle(b);
      assert.equal((await controls(b)).highlightLinks, true);
      assert.equal((await styles(b, { '#nav1': ['text-decoration-line'] }))['#nav1']['text-decoration-line'], 'underline');
      await inPanel(b, (root) => root.getElementById('theme-none').focus());
      await b.press('ArrowDown');
      await settle(b);
      assert.equal((await controls(b)).theme, 'dark');
      assert.equal((await styles(b, { body: ['background-color'] })).body['background-color'], 'rgb(18, 18, 18)');
      assert.deepEqual((await stored(b)).settings, { highlightLinks: true, theme: 'dark' });
    });

    const PRESETS = {
      'Reduce motion and flashing': { stopAnimations: true, muteMedia: true },
      'Easier reading': { lineHeight: '1.5', letterSpacing: '0.12', wordSpacing: '0.16', paragraphSpacing: '2', font: 'readable', alignStart: true },
      'Larger and clearer': { textSize: '150', highlightHeadings: true, highlightLinks: true, bigCursor: true },
      'Keyboard helpers': { focusHighlight: true, quickKeys: true },
    };
    for (const [name, expected] of Object.entries(PRESETS)) {
      it(`the preset "${name}" ticks exactly its settings`, async () => {
        await openFromLauncher();
        const before = await controls(b);
        await inPanel(b, (root, n) => [...root.querySelectorAll('button')].find((x) => x.textContent === n).focus(), name);
        await b.press('Enter');
        const now = await controls(b);
        const changed = Object.fromEntries(Object.entries(now).filter(([k, v]) => before[k] !== v));
        assert.deepEqual(changed, expected);
        const status = await inPanel(b, (root) => root.querySelector('[role=status]').textContent);
        assert.match(status, /^Ticked: /);
        const hint = await inPanel(b, (root, n) => {
          const button = [...root.querySelectorAll('button')].find((x) => x.textContent === n);
          return root.getElementById(button.getAttribute('aria-describedby')).textContent;
        }, name);
        assert.match(hint, /^Ticks: .+/, 'each preset says what it ticks');
      });
    }

    it('unticking one setting of a preset keeps the others', async () => {
      await openFromLauncher();
      await click(b, 'Easier reading');
      await setControl(b, 'alignStart', false);
      const now = await controls(b);
      assert.equal(now.alignStart, false);
      assert.deepEqual([now.lineHeight, now.letterSpacing, now.wordSpacing, now.paragraphSpacing, now.font], ['1.5', '0.12', '0.16', '2', 'readable']);
      assert.deepEqual((await stored(b)).settings, { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, font: 'readable' });
    });

    it('settings survive a reload, in the page and in the panel', async () => {
      await openFromLauncher('adjust.html');
      await setControl(b, 'textSize', 200);
      await setControl(b, 'lineHeight', '1.8');
      await setControl(b, 'quickKeys', true);
      await b.press('Escape');
      await openFromLauncher('adjust.html');
      await applied(b);
      assert.equal((await styles(b, { html: ['font-size'] })).html['font-size'], '20px');
      const now = await controls(b);
      assert.deepEqual([now.textSize, now.lineHeight, now.quickKeys], ['200', '1.8', true]);
      assert.equal(await inPanel(b, (root) => root.getElementById('textSize').getAttribute('aria-valuetext')), '200 %');
    });

    it('export, forget, import: the same computed styles; forget removes our key; no cookie; one key only', async () => {
      const probe = { '#p1': ['font-size', 'line-height', 'letter-spacing', 'font-family', 'color', 'background-color'], '#nav1': ['outline-style'], html: ['font-size', 'filter'] };
      await openFromLauncher('adjust.html');
      const site = await styles(b, probe);
      await setControl(b, 'textSize', 160);
      await setControl(b, 'letterSpacing', '0.12');
      await setControl(b, 'font', 'readable');
      await setControl(b, 'highlightLinks', true);
      await setControl(b, 'theme', 'light');
      await setControl(b, 'saturation', 'low');
      const adjusted = await styles(b, probe);
      assert.notDeepEqual(adjusted, site);
      await click(b, 'Show my settings code');
      const code = await inPanel(b, (root) => root.getElementById('code').value);
      assert.match(code, /^CC1-[A-Za-z0-9_-]+$/);
      assert.equal(await inPanel(b, (root) => root.activeElement.id), 'code', 'focus goes to the code to copy it');
      assert.deepEqual(await b.eval(() => [Object.keys(localStorage), document.cookie]), [['curbcut'], '']);
      await click(b, 'Forget my settings');
      assert.deepEqual(await b.eval(() => [localStorage.length, localStorage.getItem('curbcut')]), [0, null]);
      assert.deepEqual(await styles(b, probe), site, 'forgotten: the site as it was');
      assert.equal((await controls(b)).font, '');
      await inPanel(b, (root) => root.getElementById('import').focus());
      await b.type(code);
      await b.press('Enter');
      await settle(b);
      assert.deepEqual(await styles(b, probe), adjusted, 'imported: the same computed styles');
      assert.equal(await inPanel(b, (root) => root.querySelector('[role=status]').textContent), 'The settings from the code are on.');
      await b.press('Escape');
      await openPage(b, server, 'adjust.html');
      await applied(b);
      assert.deepEqual(await styles(b, probe), adjusted, 'and stored');
      assert.deepEqual(await b.eval(() => [Object.keys(localStorage), document.cookie]), [['curbcut'], '']);
      assert.deepEqual(server.requests.filter((r) => r.cookie).map((r) => r.path), [], 'no request carried a cookie');
    });

    it('a bad settings code is reported in the panel, on the field', async () => {
      await openFromLauncher();
      const tryCode = async (text) => {
        await inPanel(b, (root, v) => { const i = root.getElementById('import'); i.value = v; }, text);
        await click(b, 'Use this code');
        return inPanel(b, (root) => {
          const i = root.getElementById('import');
          return [i.getAttribute('aria-invalid'), root.getElementById(i.getAttribute('aria-describedby')).textContent, root.activeElement === i];
        });
      };
      assert.deepEqual(await tryCode('hello'), ['true', 'This is not a settings code: a code starts with CC1-.', true]);
      assert.deepEqual(await tryCode('CC7-eyJ9'), ['true', 'This code comes from a newer version of Curbcut, which this site does not have yet.', true]);
      assert.deepEqual(await tryCode('CC1-eyJsaCI6MS'), ['true', 'This code is damaged or incomplete. Copy it again, all of it.', true]);
      assert.deepEqual(await tryCode(''), ['true', 'Paste a settings code first.', true]);
      assert.equal(await stored(b), null, 'nothing was stored');
    });

    it('quick keys and the page-map shortcut are set in the panel, with a list of the keys', async () => {
      await openFromLauncher();
      const help = await inPanel(b, (root) => [...root.querySelectorAll('#keys dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling.textContent}`));
      assert.equal(help[0], 'Alt+1 Open the page map');
      assert.ok(help.includes('H Next heading') && help.includes('G Next image') && help.includes('3 Next heading at level 3'), help.join('; '));
      await b.press('h');
      assert.equal(await where(b), 'panel', 'no quick key fires inside the panel');
      await setControl(b, 'quickKeys', true);
      await b.press('h');
      assert.equal(await where(b), 'panel', 'not even when they are on');
      await setControl(b, 'pageMapKey', 'off');
      const after = await inPanel(b, (root) => root.querySelector('#keys dt').textContent);
      assert.equal(after, 'H', 'the page-map key is gone from the list');
      await b.press('Escape');
      await settle(b); // focus returns to the launcher when the dialog's close event has run
      await b.eval(() => document.activeElement.shadowRoot.activeElement.blur());
      await b.press('h');
      assert.equal(await where(b), 'h1', 'quick keys on: h goes to the first heading');
      await b.press('1', ['Alt']);
      assert.equal(await where(b), 'h1', 'the page-map shortcut is off');
      assert.equal(await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('button').hasAttribute('aria-keyshortcuts')), false);
    });

    it('quick-key letters can be changed or turned off; a taken letter swaps, and the list follows', async () => {
      await openFromLauncher();
      await setControl(b, 'quickKeys', true);
      const letters = () => inPanel(b, (root) => [...root.querySelectorAll('select[name=quickKeyMap]')].map((s) => s.value).join(''));
      assert.equal(await letters(), 'hmfbg', 'the defaults: heading, navigation, field, button, graphic');
      await inPanel(b, (root) => { const s = root.getElementById('qk-heading'); s.value = 'j'; s.dispatchEvent(new Event('change', { bubbles: true })); });
      await settle(b);
      await inPanel(b, (root) => { const s = root.getElementById('qk-button'); s.value = 'g'; s.dispatchEvent(new Event('change', { bubbles: true })); });
      await settle(b);
      await inPanel(b, (root) => { const s = root.getElementById('qk-field'); s.value = 'off'; s.dispatchEvent(new Event('change', { bubbles: true })); });
      await settle(b);
      assert.equal(await letters(), 'jmoffgb', 'J for headings, G and B swapped, fields off');
      assert.deepEqual((await stored(b)).settings.quickKeyMap, { j: 'heading', g: 'button', b: 'graphic', f: 'off' });
      const help = await inPanel(b, (root) => [...root.querySelectorAll('#keys dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling.textContent}`));
      assert.ok(help.includes('J Next heading') && help.includes('G Next button') && help.includes('B Next image'), help.join('; '));
      assert.ok(!help.some((r) => r.startsWith('H ') || r.startsWith('F ')), help.join('; '));
      await b.press('Escape');
      await settle(b);
      await b.eval(() => document.activeElement.shadowRoot.activeElement.blur());
      await b.press('h');
      assert.equal(await where(b), 'body', 'H does nothing now');
      await b.press('j');
      assert.equal(await where(b), 'h1', 'J moves to the first heading');
      await openPage(b, server, 'page.html');
      await settle(b);
      await b.press('j');
      assert.equal(await where(b), 'h1', 'the letters survive a reload');
    });

    it('"follow my system settings" is on by default and can be turned off (stored as false)', async () => {
      await openFromLauncher();
      assert.equal((await controls(b)).followSystem, true);
      assert.equal(await inPanel(b, (root) => root.getElementById('follow-now').textContent), 'Your system asks for nothing this site can add right now.');
      await setControl(b, 'followSystem', false);
      assert.deepEqual((await stored(b)).settings, { followSystem: false });
      assert.equal(await inPanel(b, (root) => root.getElementById('follow-now').textContent), 'Not following your system settings.');
    });

    it('opening the panel stores nothing; only a change does', async () => {
      await openFromLauncher();
      await b.press('Escape');
      assert.deepEqual(await b.eval(() => [localStorage.length, document.cookie]), [0, '']);
    });

    it('"read selection aloud" appears only after opting in; it reads the selection and Esc stops it', async () => {
      await openFromLauncher('adjust.html');
      const readButton = () => b.eval(() => !!document.querySelector('[data-curbcut-ui=read]'));
      assert.equal(await readButton(), false, 'no button before the opt-in');
      await setControl(b, 'readAloud', true);
      await b.press('Escape');
      await settle(b);
      assert.equal(await readButton(), true);
      // Spy on the browser's speech (headless browsers have no voices): what we ask it to say, and when we stop it.
      await b.eval(() => {
        const s = window.speechSynthesis;
        window.spoken = [];
        let speaking = false;
        Object.defineProperty(s, 'speaking', { get: () => speaking, configurable: true });
        s.speak = (u) => { speaking = true; window.spoken.push(u.text); };
        s.cancel = () => { if (speaking) window.spoken.push('(stopped)'); speaking = false; };
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('h1'));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      });
      await settle(b); // the visitor selects, then moves to the button
      await b.eval(() => document.querySelector('[data-curbcut-ui=read]').shadowRoot.querySelector('button').focus());
      assert.equal(await where(b), 'Read selection aloud');
      await b.press('Enter');
      assert.equal(await where(b), 'Stop reading');
      await b.press('Escape');
      assert.deepEqual(await b.eval(() => [window.spoken, speechSynthesis.speaking]), [['Welcome', '(stopped)'], false]);
      assert.equal(await where(b), 'Read selection aloud');
    });

    it('what this site changed: the list, and turning the fixes off puts the original attributes back', async () => {
      await openPage(b, server, 'fixes.html');
      assert.equal(await b.eval(() => document.getElementById('more-button').getAttribute('aria-expanded')), 'true', 'the repair ran');
      await b.eval(() => { window.curbcut.openSettings(); });
      await panelOpen(b);
      const list = await inPanel(b, (root) => [...root.querySelectorAll('section li')].map((li) => li.textContent));
      assert.deepEqual(list, ['Said whether a section is open or closed: <button> “More hours” (WCAG 4.1.2)']);
      await setControl(b, 'fixesOff', true);
      assert.equal(await b.eval(() => document.getElementById('more-button').getAttribute('aria-expanded')), 'false', 'the original value is back');
      assert.deepEqual((await stored(b)).settings, { fixesOff: true });
      await b.press('Escape');
      await openPage(b, server, 'fixes.html');
      await settle(b);
      assert.equal(await b.eval(() => document.getElementById('more-button').getAttribute('aria-expanded')), 'false', 'stays off after a reload');
      await b.eval(() => { window.curbcut.openSettings(); });
      await panelOpen(b);
      await setControl(b, 'fixesOff', false);
      await settle(b);
      assert.equal(await b.eval(() => document.getElementById('more-button').getAttribute('aria-expanded')), 'true', 'on again');
    });

    it('report a problem: a same-origin address gets the report as JSON; failure is said in the panel', async () => {
      server.requests.length = 0;
      await openFromLauncher('page.html', 'data-report="/report"');
      await click(b, 'Send report');
      assert.equal(await inPanel(b, (root) => root.getElementById('report-error').textContent), 'Describe the problem first.');
      await inPanel(b, (root) => root.getElementById('report-text').focus());
      await b.type('The menu does not open');
      await click(b, 'Send report');
      for (let i = 0; i < 50 && !server.requests.some((r) => r.method === 'POST'); i++) await wait(20);
      const posts = server.requests.filter((r) => r.method === 'POST');
      assert.equal(posts.length, 1);
      assert.equal(posts[0].path, '/report');
      assert.equal(posts[0].type, 'application/json');
      assert.deepEqual(JSON.parse(posts[0].body), { page: `${server.url}/fixtures/page.html?inject=${encodeURIComponent('data-report="/report"')}`, message: 'The menu does not open' });
      await wait(100);
      assert.equal(await inPanel(b, (root) => root.querySelector('[role=status]').textContent), 'Thank you. Your report was sent.');
      server.requests.length = 0;
      await b.press('Escape');
      await openFromLauncher('page.html', 'data-report="/fail/report"');
      await inPanel(b, (root) => { root.getElementById('report-text').value = 'x'; });
      await click(b, 'Send report');
      await wait(300);
      assert.equal(await inPanel(b, (root) => root.querySelector('[role=status]').textContent), 'The report could not be sent. Please try again later.');
    });

    it('report a problem: mailto when only an address is configured; nothing for another origin or no setting', async () => {
      await openFromLauncher('page.html', 'data-report="https://collector.example/report" data-report-mail="access@example.org"');
      const link = await inPanel(b, (root) => [root.querySelectorAll('textarea').length, root.querySelector('a[href^="mailto:"]')?.getAttribute('href')]);
      assert.equal(link[0], 0, 'a report address on another origin is never used');
      assert.match(link[1], /^mailto:access@example\.org\?subject=Accessibility%20problem%3A%20Plain%20page&body=http/);
      await b.press('Escape');
      await openFromLauncher();
      assert.equal(await inPanel(b, (root) => root.querySelectorAll('#report-title').length), 0, 'hidden when neither is configured');
    });

    it('speaks the page\'s language where we have it (Spanish), and lays out right to left', async () => {
      await openPage(b, server, 'page.html', { attrs: 'data-lang="es"' });
      await b.eval(() => { document.documentElement.dir = 'rtl'; window.curbcut.openSettings(); });
      await panelOpen(b);
      const d = await inPanel(b, (root) => {
        const dialog = root.querySelector('dialog');
        const r = dialog.getBoundingClientRect();
        return { lang: dialog.lang, dir: dialog.dir, close: root.querySelector('button').textContent, title: root.getElementById('title').textContent,
          left: Math.round(r.left), rightGap: Math.round(innerWidth - r.right) };
      });
      assert.deepEqual([d.lang, d.dir, d.close, d.title], ['es', 'rtl', 'Cerrar', 'Ajustes de visualización y teclado']);
      assert.ok(d.left < d.rightGap, `at the inline end, which is the left in RTL (${d.left} / ${d.rightGap})`);
    });

    it('axe-core finds no violation in the panel: fresh, with everything on, with errors, with changes and a report form', async () => {
      const audit = async () => {
        await b.eval(() => new Promise((resolve, reject) => {
          if (window.axe) return resolve();
          const s = document.createElement('script');
          s.src = '/axe/axe.min.js';
          s.onload = resolve;
          s.onerror = reject;
          document.head.append(s);
        }));
        return b.eval(() => window.axe.run({ include: { fromShadowDom: ['[data-curbcut-ui=panel]', 'dialog'] } }, { resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`)));
      };
      await openFromLauncher('fixes.html', 'data-report="/report"');
      assert.deepEqual(await audit(), [], 'fresh');
      const passes = await b.eval(() => window.axe.run({ include: { fromShadowDom: ['[data-curbcut-ui=panel]', 'dialog'] } }).then((r) => r.passes.length));
      assert.ok(passes > 10, 'axe did look into the shadow root');
      for (const name of ['stopAnimations', 'muteMedia', 'hideImages', 'highlightLinks', 'highlightHeadings', 'focusHighlight', 'bigCursor', 'readingGuide']) await setControl(b, name, true);
      await setControl(b, 'theme', 'contrast');
      await setControl(b, 'textSize', 200);
      await click(b, 'Show my settings code');
      assert.deepEqual(await audit(), [], 'everything on, code shown');
      await click(b, 'Use this code');
      await click(b, 'Send report');
      assert.deepEqual(await audit(), [], 'with error messages');
      await inPanel(b, (root) => { root.querySelector('details').open = true; });
      assert.deepEqual(await audit(), [], 'with the how-to list open');
    });

    it('under a strict CSP no violation happens with the panel open and every setting on', async () => {
      await openPage(b, server, 'fixes.html', { query: 'csp', attrs: 'data-report="/report"' });
      await b.eval(() => { window.curbcut.openSettings(); });
      await panelOpen(b);
      for (const name of ['stopAnimations', 'muteMedia', 'hideImages', 'readingGuide', 'readingMask', 'focusHighlight', 'bigCursor', 'readAloud', 'highlightLinks', 'alignStart'])
        await setControl(b, name, true);
      await setControl(b, 'theme', 'dark');
      await setControl(b, 'font', 'readable');
      await setControl(b, 'textSize', 180);
      await b.eval(() => document.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 100, bubbles: true })));
      await click(b, 'Show my settings code');
      await settle(b);
      await wait(200);
      const state = await b.eval(() => ({ violations: window.cspViolations, frozen: document.querySelectorAll('canvas[data-curbcut-frozen]').length,
        cursor: getComputedStyle(document.body).cursor, cookie: document.cookie,
        foreign: performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).origin !== location.origin) }));
      assert.deepEqual(state.violations, []);
      assert.deepEqual([state.foreign, state.cookie], [[], ''], 'nothing from another origin, no cookie');
      assert.equal(state.frozen, 1, 'the GIF froze (canvas) under the CSP');
      assert.match(state.cursor, /cursor\.svg/);
    });

    it('under forced colours (emulated) the colour settings are hidden and a note says why', { skip: emulation(engine) }, async () => {
      await b.page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      try {
        await openFromLauncher();
        const d = await inPanel(b, (root) => [root.getElementById('colours').hidden, root.getElementById('forced-note').hidden,
          !!root.getElementById('theme-dark').checkVisibility()]);
        assert.deepEqual(d, [true, false, false]);
        const frame = await inPanel(b, (root) => { const cs = getComputedStyle(root.querySelector('dialog')); return [cs.borderTopStyle, parseFloat(cs.borderTopWidth) >= 1]; });
        assert.deepEqual(frame, ['solid', true], 'the panel keeps a visible edge in system colours');
        await b.page.emulateMediaFeatures([]);
        await settle(b);
        assert.equal(await inPanel(b, (root) => root.getElementById('colours').hidden), false, 'back when forced colours end');
      } finally {
        await b.page.emulateMediaFeatures([]);
      }
    });
  });
}

if (engines().includes('firefox')) {
  describe('firefox with forced colours (browser.display.document_color_use=2)', () => {
    it('the colour settings are hidden and a note says why', async () => {
      const b = await launch('firefox', { firefoxPrefs: { 'browser.display.document_color_use': 2 } });
      try {
        await openPage(b, server, 'page.html');
        await b.eval(() => { window.curbcut.openSettings(); });
        await panelOpen(b);
        assert.deepEqual(await inPanel(b, (root) => [root.getElementById('colours').hidden, root.getElementById('forced-note').hidden]), [true, false]);
      } finally {
        await b.close();
      }
    });
  });
}
