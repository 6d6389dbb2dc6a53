// The demo site, repaired by `curbcut fix` and carrying the runtime (as the proxy will serve it),
// used end to end with the keyboard alone in every engine: the e-book popup, the navigation
// dropdown, the carousel controls, the FAQ accordion and the insurance form.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, MODULE_ROOT } from './support/server.mjs';
import { engines, launch, ready, settle } from './support/browsers.mjs';

const PROJECT = path.resolve(MODULE_ROOT, '..');
const JAR = path.join(PROJECT, 'cli/target/curbcut.jar');
assert.ok(existsSync(JAR), `the demo tests repair the demo site with ${path.relative(PROJECT, JAR)}: build it first (bin/test does)`);
const work = mkdtempSync(path.join(os.tmpdir(), 'curbcut-demo-'));
const repaired = path.join(work, 'site');
// exit code 1 says failures remain (those that need a person); the site is written either way
const fix = spawnSync('java', ['-jar', JAR, 'fix', path.join(PROJECT, 'demo-site'), '--out', repaired], { encoding: 'utf8' });
assert.ok(fix.status === 0 || fix.status === 1, `curbcut fix failed: ${fix.stderr}`);
const server = await serve({ '/demo/': repaired });
after(async () => { await server.close(); rmSync(work, { recursive: true, force: true }); });

for (const engine of engines()) {
  describe(engine, () => {
    let b;
    before(async () => { b = await launch(engine); });
    after(async () => { await b.close(); });

    const open = async (page, { popupSeen = true } = {}) => {
      await b.goto(`${server.url}/demo/${page}?inject`);
      await b.eval((seen) => (seen ? localStorage.setItem('ebookSeen', '1') : localStorage.clear()), popupSeen);
      await b.goto(`${server.url}/demo/${page}?inject`);
      await ready(b);
      await settle(b);
    };
    const tabTo = async (predicate, max = 40) => {
      for (let i = 0; i < max; i++) {
        await b.press('Tab');
        const f = await b.focused();
        if (predicate(f)) return f;
      }
      throw new Error('never reached by Tab');
    };

    it('the e-book popup shown on load: Tab lands inside, stays inside, Escape closes it through its own close control', async () => {
      await open('index.html', { popupSeen: false });
      assert.equal((await b.focused()).tag, 'body', 'the popup does not take focus on load');
      await b.press('Tab');
      const first = await b.focused();
      assert.equal(await b.eval(() => !!document.activeElement.closest('.modal')), true, `first Tab inside the popup, got ${JSON.stringify(first)}`);
      for (let i = 0; i < 20; i++) await b.press('Tab');
      assert.equal(await b.eval(() => !!document.activeElement.closest('.modal')), true, '20 Tabs stay inside');
      for (let i = 0; i < 20; i++) await b.press('Tab', ['Shift']);
      assert.equal(await b.eval(() => !!document.activeElement.closest('.modal')), true, '20 Shift+Tabs stay inside');
      await b.press('Escape');
      await settle(b);
      assert.equal(await b.eval(() => document.getElementById('ebook-modal').classList.contains('closed')), true, 'closed by the site\'s own control');
      assert.equal(await b.eval(() => document.querySelectorAll('[inert]').length), 0, 'the page is usable again');
      assert.equal((await b.focused()).text, 'Skip to main content', 'a popup nobody opened gives focus back to the start of the page');
    });

    it('the popup\'s checkbox toggles with Space and its close control works with Enter', async () => {
      await open('index.html', { popupSeen: false });
      await tabTo((f) => f.role === 'checkbox');
      const state = () => b.eval(() => [document.querySelector('.fake-check').classList.contains('checked'), document.querySelector('.fake-check').getAttribute('aria-checked')]);
      await b.press(' ');
      assert.deepEqual(await state(), [true, 'true'], 'the state a screen reader hears follows the look');
      await b.press(' ');
      assert.deepEqual(await state(), [false, 'false']);
      await b.press(' ');
      await tabTo((f) => f.role === 'button' && f.text === '×');
      await b.press('Enter');
      await settle(b);
      assert.equal(await b.eval(() => document.getElementById('ebook-modal').classList.contains('closed')), true);
    });

    it('the navigation dropdown opens with Enter, says so, and its links follow in the Tab order', async () => {
      await open('index.html');
      const toggle = await tabTo((f) => f.text.startsWith('Groups & support'));
      assert.equal(toggle.role, 'button');
      await b.press('Enter');
      await settle(b);
      assert.equal(await b.eval(() => document.querySelector('.dropdown-toggle').getAttribute('aria-expanded')), 'true');
      await b.press('Tab');
      assert.equal(await b.eval(() => !!document.activeElement.closest('.submenu')), true, 'the next Tab stop is a link in the dropdown');
      await b.press('Tab', ['Shift']);
      await b.press(' ');
      await settle(b);
      assert.equal(await b.eval(() => document.querySelector('.dropdown-toggle').getAttribute('aria-expanded')), 'false', 'Space closes it again');
    });

    it('the repair marked the navigation as disclosure navigation: Escape in the open dropdown closes it and returns to its button', async () => {
      await open('index.html');
      assert.equal(await b.eval(() => document.querySelector('.nav').getAttribute('data-curbcut-widget')), 'disclosure-nav');
      await tabTo((f) => f.text.startsWith('Groups & support'));
      await b.press('Enter');
      await settle(b);
      await b.press('ArrowDown');
      assert.equal(await b.eval(() => !!document.activeElement.closest('.submenu')), true, 'Down arrow moves into the dropdown');
      await b.press('Escape');
      await settle(b);
      assert.equal(await b.eval(() => document.querySelector('.dropdown-toggle').getAttribute('aria-expanded')), 'false', 'Escape closes it');
      assert.equal((await b.focused()).text.startsWith('Groups & support'), true, 'focus is back on its button');
    });

    it('the carousel\'s previous and next controls work with Enter and Space and keep focus', async () => {
      await open('index.html');
      const slide = () => b.eval(() => [...document.querySelectorAll('.slide')].findIndex((s) => s.classList.contains('active')));
      await tabTo(() => false, 0).catch(() => {});
      for (let i = 0; i < 60 && !(await b.eval(() => document.activeElement.className === 'hero-next')); i++) await b.press('Tab');
      assert.equal(await b.eval(() => document.activeElement.className), 'hero-next', 'Tab reaches the carousel\'s next control');
      const before = await slide();
      await b.press('Enter');
      const afterNext = await slide();
      assert.notEqual(afterNext, before, 'Enter showed another slide');
      await b.press(' ');
      assert.notEqual(await slide(), afterNext, 'Space showed another slide');
      assert.equal(await b.eval(() => document.activeElement.className), 'hero-next', 'focus stays on the control');
    });

    it('the FAQ accordion: Enter and Space open and close each answer, aria-expanded follows', async () => {
      await open('faq.html');
      await tabTo((f) => f.role === 'button' && f.id === 'first-chat');
      const state = () => b.eval(() => [document.getElementById('first-chat').getAttribute('aria-expanded'),
        getComputedStyle(document.getElementById('first-chat').nextElementSibling).display !== 'none']);
      assert.deepEqual(await state(), ['false', false]);
      await b.press('Enter');
      await settle(b);
      assert.deepEqual(await state(), ['true', true]);
      await b.press(' ');
      await settle(b);
      assert.deepEqual(await state(), ['false', false]);
    });

    it('the insurance form can be filled in and sent with the keyboard alone', async () => {
      await open('insurance.html');
      await tabTo((f) => f.tag === 'input');
      await b.type('Ada Lovelace');
      await b.press('Tab');
      await b.type('10.12.1985');
      await b.press('Tab');
      await b.type('ada@example.org');
      await b.press('Tab');
      assert.equal((await b.focused()).tag, 'select');
      await b.type('S');
      assert.equal(await b.eval(() => document.querySelector('select[name=insurer]').value), 'Seaside Mutual');
      await b.press('Tab');
      await b.type('PN-4711');
      const send = await tabTo((f) => f.role === 'button' && f.text === '');
      assert.equal(send.tag, 'div');
      await b.press('Enter');
      assert.equal(await b.eval(() => getComputedStyle(document.getElementById('cover-result')).display), 'block', 'the form was checked and sent');
    });
  });
}
