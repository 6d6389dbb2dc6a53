// What the runtime must never do (R2, R9, G17): requests to anyone but the page's origin,
// cookies, CSP violations under a strict policy; and its own controls are axe-clean.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, MODULE_ROOT } from './support/server.mjs';
import { engines, launch, ready, settle } from './support/browsers.mjs';

const server = await serve();
after(() => server.close());
const JAR = path.resolve(MODULE_ROOT, '../cli/target/curbcut.jar');

// Curbcut's own static audit of the runtime's controls, as serialised from the live shadow root.
function curbcutFailures(controls) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'curbcut-ui-'));
  try {
    const file = path.join(dir, 'controls.html');
    writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page tools</title></head><body>${controls}<main id="main"><h1>Page</h1></main></body></html>`);
    // The copy has no scripts, so "nothing can collapse the repeated blocks" would judge the copy, not the page.
    const run = spawnSync('java', ['-jar', JAR, 'audit', file, '--format', 'json', '--exclude-rules', 'repeated-content-collapsible'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    return report.pages[0].findings.filter((f) => f.outcome === 'failed').map((f) => `${f.rule}: ${f.selector}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const AXE_IN_PAGE = async () => {
  if (!window.axe) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/axe/axe.min.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
  const host = document.querySelector('[data-curbcut-ui]');
  const r = await window.axe.run({ include: [[host]] }, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

for (const engine of engines()) {
  describe(engine, () => {
    let b;
    before(async () => { b = await launch(engine); });
    after(async () => { await b.close(); });

    it('under a strict CSP (default-src \'self\', no unsafe-inline) the runtime starts with no violation', async () => {
      await b.goto(`${server.url}/fixtures/csp.html?inject&csp`);
      await ready(b);
      await b.press('1', ['Alt']);
      for (let i = 0; i < 100 && (await b.focused()).role !== 'menuitem'; i++) await settle(b);
      assert.equal((await b.focused()).role, 'menuitem', 'the page map works');
      assert.deepEqual(await b.eval(() => window.cspViolations), []);
      const styled = await b.eval(() => getComputedStyle(document.querySelector('[data-curbcut-ui]').shadowRoot.querySelector('[role=menu]')).position);
      assert.equal(styled, 'absolute', 'its constructed style sheet applies under the CSP');
    });

    it('loads nothing from another origin, sets no cookie and stores nothing until the visitor saves a setting', async () => {
      await b.goto(`${server.url}/fixtures/page.html?inject`);
      await ready(b);
      await b.press('1', ['Alt']);
      await b.press('Escape');
      await settle(b);
      const resources = await b.eval(() => performance.getEntriesByType('resource').map((e) => e.name));
      const foreign = resources.filter((u) => new URL(u).origin !== server.url);
      assert.deepEqual(foreign, []);
      assert.ok(resources.some((u) => u.endsWith('/curbcut/curbcut.js')), 'the resource list is real');
      assert.equal(await b.eval(() => document.cookie), '');
      assert.equal(await b.eval(() => localStorage.length), 0);
      assert.ok(server.requests.every((r) => r.cookie === ''), 'no request carried a cookie');
    });

    it('the skip link, page-map button and open page map have no axe-core violation', async () => {
      await b.goto(`${server.url}/fixtures/page.html?inject`);
      await ready(b);
      assert.deepEqual(await b.eval(AXE_IN_PAGE), [], 'closed');
      await b.press('1', ['Alt']);
      for (let i = 0; i < 100 && (await b.focused()).role !== 'menuitem'; i++) await settle(b);
      assert.deepEqual(await b.eval(AXE_IN_PAGE), [], 'open');
    });

    it('Curbcut\'s own audit finds no failure in the bar or the open page map', { skip: !existsSync(JAR) && 'needs cli/target/curbcut.jar' }, async () => {
      await b.goto(`${server.url}/fixtures/page.html?inject`);
      await ready(b);
      await b.press('1', ['Alt']);
      for (let i = 0; i < 100 && (await b.focused()).role !== 'menuitem'; i++) await settle(b);
      const controls = await b.eval(() => document.querySelector('[data-curbcut-ui]').shadowRoot.innerHTML);
      assert.match(controls, /role="menuitem"/);
      assert.deepEqual(curbcutFailures(controls), []);
    });

    it('the page\'s own DOM is the same for every visitor: nothing but the runtime\'s host is added', async () => {
      await b.goto(`${server.url}/fixtures/page.html`);
      const plain = await b.eval(() => document.body.outerHTML);
      await b.goto(`${server.url}/fixtures/page.html?inject`);
      await ready(b);
      for (let i = 0; i < 12; i++) await b.press('Tab');
      await settle(b);
      const withRuntime = await b.eval(() => {
        const copy = document.body.cloneNode(true);
        copy.querySelector('[data-curbcut-ui]').remove();
        return copy.outerHTML;
      });
      assert.equal(withRuntime, plain);
    });
  });
}
