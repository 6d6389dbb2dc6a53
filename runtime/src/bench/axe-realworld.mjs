// axe-core on real pages, as an independent cross-check of Curbcut (issue "Accuracy, speed and
// safety on real pages"). Four modes:
//
//   node src/bench/axe-realworld.mjs DIR --out FILE [--scripts] [--best-practice] [--nodes]
//     Serves DIR on a loopback HTTP server, opens every page (.html/.htm, as `curbcut audit DIR`
//     finds them) in headless Chromium at 1280×800 (Curbcut's default device), aborts every
//     request to another origin, injects axe-core and times
//     axe.run(document, { runOnly: tags wcag2a, wcag2aa, wcag21a, wcag21aa (+ best-practice),
//     resultTypes: ['violations'], iframes: false }) in the page. Records per page the axe.run
//     time and the violating nodes per rule; prints median, p95 and max of the times.
//     Page scripts do not run by default (a `script-src 'none'` Content-Security-Policy on every
//     response; --scripts lets them run), so axe sees the static page Curbcut audits. Frames are
//     not entered (Curbcut's static audit does not enter them either). --nodes also records every
//     violating node (its selector and the first 300 characters of its markup), to explain a miss
//     or a repair that did not take.
//   node src/bench/axe-realworld.mjs --compare BEFORE.json AFTER.json
//     Violating nodes before and after (e.g. after `curbcut fix`), in total and per rule, and every
//     (page, rule) with more nodes after than before ("worse").
//   node src/bench/axe-realworld.mjs --misses AXE.json CURBCUT.json [--map FILE]
//     CURBCUT.json is `RealWorldSpeed --json`. Every (page, axe rule) where axe finds a violation and
//     no Curbcut counterpart of that rule failed on the page ("misses"), how many of them Curbcut
//     answered cantTell for a counterpart, by axe rule, and the axe rules with no counterpart. The
//     counterparts come from axe-rule-map.json (beside this script; axe rule id -> Curbcut rule ids),
//     else the Curbcut rule of the same id when there is one.
//   node src/bench/axe-realworld.mjs --summary CURBCUT.json AXE.json [AXE_AFTER.json]
//     The headline figures: speed of both, axe median ÷ Curbcut median, nodes before → after.
//
// Percentiles are nearest-rank and the median the middle value (mean of the two middle ones), as
// in bench's Stats.java. Run by bin/bench-realworld.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const AXE = path.resolve(here, '../../node_modules/axe-core/axe.min.js');
const MAP = path.join(here, 'axe-rule-map.json');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORT = { width: 1280, height: 800 };
const NO_SCRIPTS = "script-src 'none'";
const TYPES = { '.html': 'text/html', '.htm': 'text/html', '.xhtml': 'application/xhtml+xml', '.css': 'text/css',
  '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.svg': 'image/svg+xml', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2' };

// --- statistics ----------------------------------------------------------------------------------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  if (xs.length === 0) return 0;
  const s = sorted(xs);
  const n = s.length;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
function percentile(xs, p) {
  if (xs.length === 0) return 0;
  const s = sorted(xs);
  return s[Math.max(1, Math.ceil((p / 100) * s.length)) - 1];
}
const round = (x) => Math.round(x * 1000) / 1000;
const timeFigures = (xs) => ({ median: round(median(xs)), p95: round(percentile(xs, 95)), max: round(xs.length ? Math.max(...xs) : 0),
  total: round(xs.reduce((a, b) => a + b, 0)) });
const ms = (x) => `${x.toFixed(1)} ms`;
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const pct = (before, after) => (before === 0 ? 'n/a' : `${(((after - before) / before) * 100).toFixed(1)} %`);
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);

// --- pages and server ----------------------------------------------------------------------------
/** The pages `curbcut audit DIR` finds: .html and .htm below DIR, skipping dot files and node_modules. */
function pagesIn(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...pagesIn(dir, r));
    else if (/\.html?$/i.test(entry.name)) out.push(r);
  }
  return out.sort();
}

/** A static server for one folder on 127.0.0.1; with noScripts every response forbids scripts. */
async function serveFolder(root, noScripts) {
  const base = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    try {
      const file = path.resolve(base, '.' + decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end(); return; }
      if (!(await stat(file)).isFile()) { res.writeHead(404).end(); return; }
      // no charset: the browser reads the page's own <meta charset> or BOM, as it does for a file
      const headers = { 'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream', 'cache-control': 'no-store' };
      if (noScripts) headers['content-security-policy'] = NO_SCRIPTS;
      res.writeHead(200, headers).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// --- measuring -----------------------------------------------------------------------------------
async function auditOne(browser, origin, name, axeSource, tags, withNodes) {
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.setRequestInterception(true);
    let loaded = false;
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) { r.continue(); return; }
      // another origin, or a navigation away once the page is there (meta refresh, a script)
      const away = loaded && r.isNavigationRequest() && r.frame() === page.mainFrame();
      if (!url.startsWith(origin + '/') || away) r.abort(); else r.continue();
    });
    const t0 = performance.now();
    await page.goto(`${origin}/${name.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load', timeout: 60_000 });
    const loadMs = performance.now() - t0;
    loaded = true;
    await page.evaluate(axeSource);
    const r = await page.evaluate(async (runTags, keepNodes) => {
      const start = performance.now();
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'], iframes: false });
      const axeMs = performance.now() - start;
      const violations = {};
      const nodes = {};
      for (const v of result.violations) {
        violations[v.id] = v.nodes.length;
        if (keepNodes) nodes[v.id] = v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 300) }));
      }
      return { axeMs, violations, nodes: keepNodes ? nodes : undefined, version: window.axe.version };
    }, tags, withNodes);
    return { loadMs, ...r };
  } finally {
    await page.close().catch(() => {});
  }
}

async function measure(dir, out, scripts, bestPractice, withNodes) {
  const tags = bestPractice ? [...TAGS, 'best-practice'] : TAGS;
  const names = pagesIn(dir);
  if (names.length === 0) throw new Error(`no pages in ${dir}`);
  const axeSource = readFileSync(AXE, 'utf8');
  const server = await serveFolder(dir, !scripts);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, protocolTimeout: 600_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'] });
  const pages = [];
  let version = '';
  try {
    await auditOne(browser, server.origin, names[0], axeSource, tags).catch(() => {}); // warm the browser up
    for (const name of names) {
      const bytes = statSync(path.join(dir, name)).size;
      try {
        const r = await auditOne(browser, server.origin, name, axeSource, tags, withNodes);
        version = r.version;
        pages.push({ name, bytes, loadMs: round(r.loadMs), axeMs: round(r.axeMs), violations: r.violations,
          ...(withNodes ? { nodes: r.nodes } : {}) });
      } catch (e) {
        pages.push({ name, bytes, error: String(e.message || e).split('\n')[0] });
      }
      if (process.stderr.isTTY) process.stderr.write(`\raxe: ${pages.length}/${names.length} ${name}\x1b[K`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const ok = pages.filter((p) => !p.error);
    const report = {
      tool: `axe-core ${version}`, browser: await browser.version(), corpus: path.basename(path.resolve(dir)), scripts, tags,
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`, iframes: false, pageCount: pages.length,
      errors: pages.filter((p) => p.error).map((p) => `${p.name}: ${p.error}`),
      axeMs: timeFigures(ok.map((p) => p.axeMs)), loadMs: timeFigures(ok.map((p) => p.loadMs)),
      violatingNodes: ok.reduce((n, p) => n + sum(p.violations), 0), pages,
    };
    writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
    const a = report.axeMs;
    console.log(`${report.tool} in ${report.browser} on ${pages.length} pages of ${report.corpus} (scripts ${scripts ? 'on' : 'off'}, tags ${tags.join(',')})`);
    for (const e of report.errors) console.log(`error: ${e}`);
    console.log(`axe.run: median ${ms(a.median)}, p95 ${ms(a.p95)}, max ${ms(a.max)}, total ${ms(a.total)}; page load median ${ms(report.loadMs.median)}`);
    console.log(`violating nodes: ${report.violatingNodes} on ${ok.filter((p) => sum(p.violations) > 0).length} pages`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- comparing -----------------------------------------------------------------------------------
const load = (f) => JSON.parse(readFileSync(f, 'utf8'));
const byName = (report) => new Map(report.pages.filter((p) => !p.error).map((p) => [p.name, p]));

function compare(beforeFile, afterFile) {
  const before = byName(load(beforeFile));
  const after = byName(load(afterFile));
  const both = [...before.keys()].filter((n) => after.has(n));
  const only = [...before.keys(), ...after.keys()].filter((n) => !(before.has(n) && after.has(n)));
  const rules = {};
  const worse = [];
  let b = 0;
  let a = 0;
  for (const name of both) {
    const vb = before.get(name).violations;
    const va = after.get(name).violations;
    for (const rule of new Set([...Object.keys(vb), ...Object.keys(va)])) {
      const nb = vb[rule] || 0;
      const na = va[rule] || 0;
      rules[rule] ||= [0, 0];
      rules[rule][0] += nb;
      rules[rule][1] += na;
      b += nb;
      a += na;
      if (na > nb) worse.push([name, rule, nb, na]);
    }
  }
  console.log(`axe violating nodes on ${both.length} pages: before ${b}, after ${a} (${pct(b, a)})`);
  if (only.length) console.log(`pages measured in only one run (left out): ${[...new Set(only)].join(', ')}`);
  console.log(`\n${pad('axe rule', 36)} ${num('before', 7)} ${num('after', 7)} ${num('change', 9)}`);
  for (const [rule, [nb, na]] of Object.entries(rules).sort((x, y) => y[1][0] - x[1][0] || x[0].localeCompare(y[0]))) {
    console.log(`${pad(rule, 36)} ${num(nb, 7)} ${num(na, 7)} ${num(pct(nb, na), 9)}`);
  }
  console.log(`\nworse (page, rule) pairs, more nodes after than before: ${worse.length}`);
  for (const [name, rule, nb, na] of worse) console.log(`  ${pad(name, 36)} ${pad(rule, 32)} ${nb} -> ${na}`);
}

/** The Curbcut counterparts of each axe rule: the map's entry, else the Curbcut rule of the same id. */
function counterparts(map, curbcutRules) {
  return (axeRule) => map[axeRule] ?? (curbcutRules.has(axeRule) ? [axeRule] : []);
}

function misses(axeFile, curbcutFile, mapFile) {
  const axe = byName(load(axeFile));
  const curbcutReport = load(curbcutFile);
  const curbcut = byName(curbcutReport);
  const map = Object.fromEntries(Object.entries(load(mapFile)).filter(([k]) => !k.startsWith('$')));
  const curbcutRules = new Set(curbcutReport.rules || []);
  const of = counterparts(map, curbcutRules);
  const found = [];
  const missed = [];
  const unmapped = {};
  const pagesBoth = [...axe.keys()].filter((n) => curbcut.has(n));
  for (const name of pagesBoth) {
    const c = curbcut.get(name);
    const failed = new Set(c.failed);
    for (const [rule, nodes] of Object.entries(axe.get(name).violations)) {
      const mine = of(rule);
      if (mine.length === 0) {
        unmapped[rule] ||= [0, 0];
        unmapped[rule][0]++;
        unmapped[rule][1] += nodes;
        continue;
      }
      if (mine.some((r) => failed.has(r))) { found.push([name, rule]); continue; }
      const cantTell = mine.filter((r) => c.cantTell[r]).map((r) => `${r}×${c.cantTell[r]}`);
      missed.push({ name, rule, nodes, cantTell });
    }
  }
  const withCantTell = missed.filter((m) => m.cantTell.length > 0).length;
  const missedPages = new Set(missed.map((m) => m.name)).size;
  console.log(`rule-on-page cases where axe finds a violation, on ${pagesBoth.length} pages audited by both: ${found.length + missed.length}`);
  console.log(`  Curbcut failed a counterpart rule: ${found.length}`);
  console.log(`  misses (no counterpart failed): ${missed.length} on ${missedPages} pages, of which Curbcut answered cantTell for a counterpart: ${withCantTell}`);
  console.log(`\nmisses by axe rule\n${pad('axe rule', 36)} ${num('misses', 7)} ${num('cantTell', 9)}  Curbcut rules`);
  const byRule = {};
  for (const m of missed) {
    byRule[m.rule] ||= [0, 0];
    byRule[m.rule][0]++;
    if (m.cantTell.length) byRule[m.rule][1]++;
  }
  for (const [rule, [n, ct]] of Object.entries(byRule).sort((x, y) => y[1][0] - x[1][0] || x[0].localeCompare(y[0]))) {
    console.log(`${pad(rule, 36)} ${num(n, 7)} ${num(ct, 9)}  ${of(rule).join(', ')}`);
  }
  console.log('\nevery miss (page, axe rule, nodes, Curbcut cantTell of a counterpart)');
  for (const m of missed) console.log(`  ${pad(m.name, 36)} ${pad(m.rule, 32)} ${num(m.nodes, 5)}  ${m.cantTell.join(', ')}`);
  const un = Object.entries(unmapped).sort((x, y) => y[1][0] - x[1][0] || x[0].localeCompare(y[0]));
  console.log(`\naxe rules with no Curbcut counterpart (not counted as misses): ${un.length}`);
  for (const [rule, [p, n]] of un) console.log(`  ${pad(rule, 36)} ${num(p, 3)} pages ${num(n, 6)} nodes`);
  if (curbcutRules.size > 0) {
    const unknown = [...new Set(Object.values(map).flat())].filter((r) => !curbcutRules.has(r)).sort();
    if (unknown.length) console.log(`\nmap entries naming no rule Curbcut ran: ${unknown.join(', ')}`);
  }
}

function summary(curbcutFile, axeFile, afterFile) {
  const c = load(curbcutFile);
  const a = load(axeFile);
  console.log(`Curbcut read + parse + audit: median ${ms(c.auditMs.median)}, p95 ${ms(c.auditMs.p95)}, max ${ms(c.auditMs.max)} (${c.pageCount} pages, ${c.processors} processor)`);
  if (c.largest) console.log(`Curbcut largest page ${c.largest.name} (${(c.largest.bytes / 1024).toFixed(0)} KB): ${ms(c.largest.auditMs)}`);
  if (c.repairOverAudit) console.log(`Curbcut repair ÷ audit: median of ratios ${c.repairOverAudit.medianOfRatios.toFixed(2)}, total ${c.repairOverAudit.total.toFixed(2)}`);
  console.log(`Curbcut JSON report of the corpus: ${c.jsonReportBytes} bytes (${(c.jsonReportBytes / 1048576).toFixed(1)} MB)`);
  console.log(`axe.run: median ${ms(a.axeMs.median)}, p95 ${ms(a.axeMs.p95)}, max ${ms(a.axeMs.max)} (${a.pageCount} pages)`);
  const ratio = c.auditMs.median > 0 ? (a.axeMs.median / c.auditMs.median).toFixed(1) : 'n/a';
  console.log(`speed: axe.run median ÷ Curbcut audit median = ${ratio}`);
  if (afterFile) {
    const b = load(afterFile);
    console.log(`axe violating nodes: ${a.violatingNodes} before, ${b.violatingNodes} after curbcut fix (${pct(a.violatingNodes, b.violatingNodes)})`);
  }
}

// --- command line --------------------------------------------------------------------------------
const args = process.argv.slice(2);
const flag = (f) => { const i = args.indexOf(f); if (i < 0) return false; args.splice(i, 1); return true; };
const option = (f) => { const i = args.indexOf(f); if (i < 0) return null; const v = args[i + 1]; args.splice(i, 2); return v; };
const usage = 'usage: axe-realworld.mjs DIR --out FILE [--scripts] [--best-practice] [--nodes] | --compare BEFORE AFTER | --misses AXE CURBCUT [--map FILE] | --summary CURBCUT AXE [AXE_AFTER]';
try {
  if (flag('--compare')) {
    if (args.length !== 2) throw new Error(usage);
    compare(args[0], args[1]);
  } else if (flag('--misses')) {
    const map = option('--map') || MAP;
    if (args.length !== 2) throw new Error(usage);
    misses(args[0], args[1], map);
  } else if (flag('--summary')) {
    if (args.length < 2 || args.length > 3) throw new Error(usage);
    summary(args[0], args[1], args[2]);
  } else {
    const scripts = flag('--scripts');
    const bestPractice = flag('--best-practice');
    const withNodes = flag('--nodes');
    const out = option('--out');
    if (!out || args.length !== 1) throw new Error(usage);
    await measure(args[0], out, scripts, bestPractice, withNodes);
  }
} catch (e) {
  console.error(`axe-realworld: ${e.message}`);
  process.exit(2);
}
