// Row tests for the widget repairs (design note §3, layers L3 and L4). Each fixture pattern has a
// BROKEN custom widget (as a site ships it, with the roles and marker an approved repair wrote
// but no keys) and a CORRECT one (APG-conformant, written for these tests, marked too, as if a
// repair had named a widget that already works). suite(...).apg(row, title, run) gives every row:
//   - broken widget + runtime: the row passes ("does fix", L4);
//   - correct widget: the row passes without the runtime and with it, and the runtime changes
//     nothing: every element's attributes, text and focus are the same, and in Chromium the
//     whole accessibility tree (CDP) is the same, the runtime's own controls left out ("do no
//     harm", L3);
//   - in Chromium, a control run: the row FAILS on the broken widget without the runtime, so the
//     test can fail and the fixture really is broken.
import { before, after, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, settle } from './browsers.mjs';
import { apg } from './apg.mjs';

const OURS = '[data-curbcut-ui],script[src^="/curbcut/"]';

/** Loads a fixture page, with the runtime (its widgets set up) or without it. */
export async function open(b, page, runtime, attrs = '') {
  await b.goto(`${b.base}/fixtures/${page}${runtime ? `${page.includes('?') ? '&' : '?'}inject=${encodeURIComponent(attrs)}` : ''}`);
  if (runtime) {
    await ready(b);
    await b.eval(async () => { await (await import('/curbcut/widgets/index.js')).settled(); });
  }
  await settle(b);
}

/** Every element but the runtime's own: tag, sorted attributes, own text, form value, focus. */
export async function domSnapshot(b) {
  return b.eval((skip) => {
    const out = [];
    const walk = (el, depth) => {
      if (el.matches(skip)) return;
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').replace(/\s+/g, ' ').trim();
      out.push([depth, el.localName, [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' '), text,
        'value' in el && typeof el.value === 'string' ? el.value : null, el === document.activeElement]);
      for (const c of el.children) walk(c, depth + 1);
    };
    walk(document.documentElement, 0);
    return out;
  }, OURS);
}

/** What the runtime must leave as it was: the DOM snapshot, and in Chromium the accessibility tree. */
export async function state(b) {
  await settle(b);
  return { dom: await domSnapshot(b), ax: b.engine === 'chromium' ? await b.axTree(OURS) : null };
}

/** Small readers used by the rows. */
export const read = {
  attr: (b, id, name) => b.eval((i, n) => document.getElementById(i).getAttribute(n), id, name),
  shown: (b, id) => b.eval((i) => { const el = document.getElementById(i); return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0; }, id),
  focus: (b, id) => b.eval((i) => document.getElementById(i).focus(), id),
  /** The focused element's id, or the id its aria-activedescendant names. */
  current: (b) => b.eval(() => {
    const a = document.activeElement;
    const ad = a && a.getAttribute('aria-activedescendant');
    return ad ? ad : a ? a.id : '';
  }),
  text: (b, id) => b.eval((i) => document.getElementById(i).textContent.trim(), id),
  log: (b) => b.eval(() => (window.siteLog || []).slice()),
};

/** Fails with the first place where the two differ (the whole trees are too long to read). */
export function same(actual, expected, what) {
  const diff = (a, e, path) => {
    if (JSON.stringify(a) === JSON.stringify(e)) return null;
    if (Array.isArray(a) && Array.isArray(e)) {
      for (let i = 0; i < Math.max(a.length, e.length); i++) {
        const d = diff(a[i], e[i], `${path}/${Array.isArray(a[i]) || Array.isArray(e[i]) ? i : i}`);
        if (d) return d;
      }
    }
    return `${path}: with the runtime ${JSON.stringify(a)?.slice(0, 400)}, without ${JSON.stringify(e)?.slice(0, 400)}`;
  };
  const d = diff(actual, expected, '');
  if (d) assert.fail(`${what} differs with the runtime: ${d}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Rows on one fixture page that has no broken / correct pair (the popups page): the row with the
 * runtime, and in Chromium a control run without it that must fail.
 */
export function pageRows(engine, getB, page) {
  return {
    apg(row, title, run) {
      apg(engine, row, title, async () => { await open(getB(), page, true); await run(); });
      if (engine === 'chromium') {
        it(`control for [${row}]: without the runtime the page fails this row`, async () => {
          await open(getB(), page, false);
          await assert.rejects(async () => run());
        });
      }
    },
  };
}

/**
 * The rows of one pattern in one engine: pages = { broken, correct } fixture paths (correct may be
 * null when only the broken case applies). Returns { apg(row, title, run, options), b() }.
 */
export function suite(engine, server, pages) {
  let b;
  before(async () => { b = await launch(engine); b.base = server.url; });
  after(async () => { await b.close(); });
  return {
    b: () => b,
    apg(row, title, run, options = {}) {
      const broken = options.broken ?? pages.broken;
      const correct = options.correct === undefined ? pages.correct : options.correct;
      if (broken) {
        apg(engine, row, `${title} (broken widget, fixed by the runtime)`, async () => {
          await open(b, broken, true);
          await run(b);
        });
      }
      if (correct) {
        apg(engine, row, `${title} (correct widget: the runtime changes nothing)`, async () => {
          await open(b, correct, false);
          await run(b);
          const plain = await state(b);
          await open(b, correct, true);
          await run(b);
          const withRuntime = await state(b);
          same(withRuntime.dom, plain.dom, 'DOM (elements, attributes, text, focus)');
          if (plain.ax) same(withRuntime.ax, plain.ax, 'accessibility tree');
        });
      }
      if (broken && engine === 'chromium' && !options.noControl) {
        it(`control for [${row}]: without the runtime the broken widget fails this row`, async () => {
          await open(b, broken, false);
          await assert.rejects(async () => run(b), 'the row must fail on the broken widget alone');
        });
      }
    },
  };
}
