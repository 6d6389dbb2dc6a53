// Does the page receive Alt+1 on Linux? Real X keyboard events (xdotool under Xvfb, not protocol
// input, which bypasses the browser's own shortcuts) are sent to a headed Chromium, Firefox ESR
// and WebKitGTK MiniBrowser window showing a page that records its keydown events.
// Run: xvfb-run -a node src/bench/alt1-probe.mjs   (needs xdotool; docs/runtime.md records the result)
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { launch } from '../test/js/support/browsers.mjs';
import http from 'node:http';

const PAGE = `<!doctype html><title>alt1probe</title><p>probe</p><script>
window.seen = [];
addEventListener('keydown', (e) => seen.push((e.altKey ? 'Alt+' : '') + e.code + (e.defaultPrevented ? ' (handled)' : '')));
addEventListener('keydown', (e) => { if (e.altKey && e.code === 'Digit1' && !location.search.includes('ignore')) e.preventDefault(); });
</script>`;
const server = http.createServer((q, r) => { r.setHeader('content-type', 'text/html'); r.end(PAGE); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function xkey(combo) {
  const ids = execFileSync('xdotool', ['search', '--name', 'alt1probe']).toString().trim().split('\n');
  for (const id of ids) execFileSync('xdotool', ['windowfocus', '--sync', id]);
  execFileSync('xdotool', ['key', '--clearmodifiers', combo]);
}

async function viaPuppeteer(name, options) {
  const out = [];
  for (const mode of ['handles', 'ignore']) {
    const browser = await puppeteer.launch({ headless: false, ...options });
    const [page] = await browser.pages();
    await page.goto(url);
    const other = await browser.newPage(); // a second tab, so that "go to tab 1" means something
    await other.goto(`${url}?${mode}`);
    await other.bringToFront();
    await sleep(700);
    xkey('alt+1');
    await sleep(700);
    const seen = await other.evaluate(() => window.seen);
    const switched = await page.evaluate(() => document.visibilityState === 'visible');
    await browser.close();
    out.push(`${name}, page ${mode === 'handles' ? 'calls preventDefault' : 'ignores the key'}: the page saw ${JSON.stringify(seen)}; browser switched to tab 1: ${switched}`);
  }
  return out.join('\n');
}

const results = [];
results.push(await viaPuppeteer('Chromium', { executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] }));
results.push(await viaPuppeteer('Firefox ESR', { browser: 'firefox', executablePath: '/usr/bin/firefox-esr' }));
const wk = await launch('webkit');
await wk.goto(url);
await sleep(500);
xkey('alt+1');
await sleep(500);
results.push(`WebKitGTK MiniBrowser: the page saw ${JSON.stringify(await wk.eval(() => window.seen))}`);
await wk.close();
server.close();
console.log(results.join('\n'));
