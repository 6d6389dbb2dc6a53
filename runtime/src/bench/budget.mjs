// The runtime's budgets (design note §5), measured: gzipped sizes of the core (everything
// curbcut.js imports statically) and of each lazily imported chunk, as built (minified), and in Chromium the
// main-thread time the runtime adds to the demo pages at start-up and when idle, with and
// without 4x CPU throttling, against the same pages without the runtime in the same run.
// Run: bin/bench-runtime [--runs N]   (needs cli/target/curbcut.jar for the repaired demo site)
import { readFileSync, existsSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve, RUNTIME, MODULE_ROOT } from '../test/js/support/server.mjs';

const runs = Number((process.argv.find((a) => a.startsWith('--runs=')) || '--runs=7').slice(7));

// --- sizes -----------------------------------------------------------------------------------
// The shipped (minified) modules: `import{a as b}from"./x.js"`, `export{c}from"./y.js"`, `import"./z.js"`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?['"](\.[^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function graph(entry, seen = new Set(), dir = RUNTIME) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(path.join(dir, entry), 'utf8');
  for (const m of text.matchAll(STATIC_IMPORT)) graph(path.posix.normalize(path.posix.join(path.posix.dirname(entry), m[1])), seen, dir);
  return seen;
}

function lazyChunks(files) {
  const out = new Set();
  for (const f of files) {
    const text = readFileSync(path.join(RUNTIME, f), 'utf8');
    for (const m of text.matchAll(DYNAMIC_IMPORT)) out.add(path.posix.normalize(path.posix.join(path.posix.dirname(f), m[1])));
  }
  return [...out].filter((f) => existsSync(path.join(RUNTIME, f)));
}

const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(path.join(RUNTIME, f)), { level: 9 }).length, 0);
const raw = (files) => files.reduce((n, f) => n + readFileSync(path.join(RUNTIME, f)).length, 0);
const kb = (n) => (n / 1024).toFixed(1);
// The same parts as written (src/main/js, comments and all, each module a file): what a part
// loads is then its entry's static imports in the sources, less what the core already loaded.
const SOURCE = path.join(MODULE_ROOT, 'src/main/js');
const sourceCore = graph('curbcut.js', new Set(), SOURCE);
const gzSource = (entry) => {
  const files = [...graph(entry, new Set(), SOURCE)].filter((f) => entry === 'curbcut.js' || !sourceCore.has(f));
  return files.reduce((n, f) => n + gzipSync(readFileSync(path.join(SOURCE, f)), { level: 9 }).length, 0);
};

const core = [...graph('curbcut.js')];
console.log('## Sizes (gzip -9 per file, summed; KB = 1024 bytes)\n');
console.log('| part | files | raw KB | gzip KB | budget |');
console.log('| --- | ---: | ---: | ---: | --- |');
console.log(`| core (curbcut.js and its static imports) | ${core.length} | ${kb(raw(core))} | ${kb(gz(core))} | ≤ 12 KB gzip |`);
let total = gz(core);
const chunkSeen = new Set(core);
for (const chunk of lazyChunks(core)) {
  const files = [...graph(chunk)].filter((f) => !chunkSeen.has(f));
  files.forEach((f) => chunkSeen.add(f));
  total += gz(files);
  console.log(`| lazy chunk ${chunk} (+ its own imports) | ${files.length} | ${kb(raw(files))} | ${kb(gz(files))} | ${chunk === 'panel.js' ? '≤ 20 KB gzip' : '—'} |`);
}
// Widget pattern modules are imported by name (widgets/index.js), one per pattern a page has.
const widgetFiles = readdirSync(path.join(RUNTIME, 'widgets')).map((f) => `widgets/${f}`).filter((f) => !chunkSeen.has(f));
for (const f of widgetFiles) {
  console.log(`| lazy widget module ${f} | 1 | ${kb(raw([f]))} | ${kb(gz([f]))} | — |`);
}
console.log(`| all widget modules (a page loads common.js + its patterns') | ${widgetFiles.length} | ${kb(raw(widgetFiles))} | ${kb(gz(widgetFiles))} | — |`);
const locales = readdirSync(path.join(RUNTIME, 'locales')).map((f) => `locales/${f}`);
for (const l of locales) console.log(`| ${l} (fetched only on pages in that language) | 1 | ${kb(raw([l]))} | ${kb(gz([l]))} | — |`);
total += gz(widgetFiles);
console.log(`| everything a page in English can load | | | ${kb(total)} | ≤ 32 KB gzip |`);
console.log(`\nAs written (src/main/js, one file per module, comments and all): the core is ${sourceCore.size} files, ` +
  `${kb(gzSource('curbcut.js'))} KB gzip; the panel chunk adds ${kb(gzSource('panel.js'))} KB.`);
console.log('\nPublished sizes of open-source widgets (gzip, design note §5; not measured here): ranbuch/accessibility 18.0 KB (18,442 B), SkipTo 5 20.4 KB (20,939 B), AccessibleWeb 90.7 KB (92,919 B).');
console.log(`Core ÷ ranbuch = ${(gz(core) / 18442).toFixed(2)}, core ÷ SkipTo = ${(gz(core) / 20939).toFixed(2)}, all ÷ AccessibleWeb = ${(total / 92919).toFixed(2)}.\n`);

// --- main-thread time --------------------------------------------------------------------------
const PROJECT = path.resolve(MODULE_ROOT, '..');
const JAR = path.join(PROJECT, 'cli/target/curbcut.jar');
if (!existsSync(JAR)) {
  console.error('bench: build the CLI first (mvn package) — the timing part serves the repaired demo site');
  process.exit(2);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'curbcut-bench-'));
spawnSync('java', ['-jar', JAR, 'fix', path.join(PROJECT, 'demo-site'), '--out', path.join(work, 'site')], { stdio: 'ignore' });
const server = await serve({ '/demo/': path.join(work, 'site') });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'] });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function measure(url, throttle) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluateOnNewDocument(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    localStorage.setItem('ebookSeen', '1');
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const loaded = await metric();
  await new Promise((r) => setTimeout(r, 2000));
  const idle = await metric();
  const longest = Math.max(0, ...(await page.evaluate(() => window.__long)));
  await page.close();
  return { task: loaded.TaskDuration * 1000, script: loaded.ScriptDuration * 1000, idle: (idle.TaskDuration - loaded.TaskDuration) * 1000, longest };
}

const pages = ['index.html', 'article.html', 'faq.html', 'insurance.html'];
// The longest task of each load (0: none over 50 ms), as the median load and the worst one.
const longest = (runs) => `${median(runs.map((x) => x.longest)).toFixed(0)} (${Math.max(...runs.map((x) => x.longest)).toFixed(0)})`;
for (const throttle of [0, 4]) {
  console.log(`## Main thread in Chromium${throttle ? `, CPU throttled ${throttle}×` : ''} (median of ${runs} loads; ms)\n`);
  console.log('| demo page | task time without | with runtime | added by runtime | script time added | idle 2 s: task time added | longest task without / with: median (max) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const p of pages) {
    const without = [];
    const withRt = [];
    for (let i = 0; i < runs; i++) {
      without.push(await measure(`${server.url}/demo/${p}`, throttle));
      withRt.push(await measure(`${server.url}/demo/${p}?inject`, throttle));
    }
    const m = (xs, k) => median(xs.map((x) => x[k]));
    console.log(`| ${p} | ${m(without, 'task').toFixed(1)} | ${m(withRt, 'task').toFixed(1)} | ${(m(withRt, 'task') - m(without, 'task')).toFixed(1)} | ` +
      `${(m(withRt, 'script') - m(without, 'script')).toFixed(1)} | ${(m(withRt, 'idle') - m(without, 'idle')).toFixed(1)} | ` +
      `${longest(without)} / ${longest(withRt)} |`);
  }
  console.log('');
}
await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });
