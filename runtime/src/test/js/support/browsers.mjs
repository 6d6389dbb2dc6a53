// One small interface over the three browser engines the runtime is tested in, all driven with
// trusted protocol input: Chromium (puppeteer-core over CDP), Firefox ESR (puppeteer-core over
// WebDriver BiDi) and WebKit (WebKitGTK's WebKitWebDriver, through selenium-webdriver).
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';

const EXECUTABLES = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkit: '/usr/bin/WebKitWebDriver',
};
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser'];

/** The engines to test: CURBCUT_BROWSERS (comma-separated) or every one installed. */
export function engines() {
  const wanted = (process.env.CURBCUT_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
  const missing = wanted.filter((e) => !existsSync(EXECUTABLES[e]) || (e === 'webkit' && !process.env.DISPLAY));
  if (missing.length && process.env.CURBCUT_BROWSERS_REQUIRED) {
    throw new Error(`browsers missing or no display: ${missing.join(', ')} (bin/test installs them and runs under Xvfb)`);
  }
  return wanted.filter((e) => !missing.includes(e));
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

/**
 * Launches an engine; the result drives one page. firefoxPrefs are profile preferences, Firefox's
 * only way to set media features (ui.prefersReducedMotion, browser.display.document_color_use).
 */
export async function launch(engine, { firefoxPrefs } = {}) {
  if (engine === 'webkit') return WebKitPage.launch();
  const browser = await puppeteer.launch(engine === 'firefox'
    ? { browser: 'firefox', executablePath: EXECUTABLES.firefox, headless: true, protocolTimeout: 60000, extraPrefsFirefox: firefoxPrefs }
    : { executablePath: EXECUTABLES.chromium, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 60000 });
  const page = await browser.newPage();
  return new PuppeteerPage(engine, browser, page);
}

// Reads the focused element, looking into open shadow roots (the runtime's own controls).
const FOCUSED = `(() => {
  let el = document.activeElement;
  let inShadow = false;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; inShadow = true; }
  if (!el || el === document.body) return { tag: 'body', id: '', text: '', role: '', inShadow: false };
  return { tag: el.localName, id: el.id, text: (el.textContent || el.value || el.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim(),
    role: el.getAttribute('role') || '', label: el.getAttribute('aria-label') || '', inShadow };
})()`;

class PuppeteerPage {
  constructor(engine, browser, page) {
    this.engine = engine;
    this.browser = browser;
    this.page = page;
  }

  async goto(url) {
    try {
      await this.page.goto(url, { waitUntil: 'load' });
    } catch (err) {
      // Firefox over BiDi may report a frame's failed load (the demo embeds a map from a host that
      // does not resolve here) as the navigation's error; the page itself did load.
      if (!/Address rejected/.test(err.message)) throw err;
      await this.page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 10000 }, url);
    }
  }

  /** Presses a key (puppeteer names: 'Tab', 'Enter', ' ', 'ArrowDown', 'h'…) with modifiers held. */
  async press(key, modifiers = []) {
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of [...modifiers].reverse()) await this.page.keyboard.up(m);
  }

  async down(key) { await this.page.keyboard.down(key); }
  async up(key) { await this.page.keyboard.up(key); }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  /** Runs a function (or an expression string) in the page with JSON arguments; returns its awaited JSON result. */
  async eval(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  async focused() {
    return this.page.evaluate(FOCUSED);
  }

  /** A trusted mouse click on the element the selector finds. */
  async click(selector) {
    await this.page.click(selector);
  }

  /** Moves the mouse over the element the selector finds. */
  async hover(selector) {
    await this.page.hover(selector);
  }

  /**
   * Chromium only: the full accessibility tree (CDP Accessibility.getFullAXTree) as nested
   * [role, name, value, ignored, properties, children], without the document's URL and the subtrees of the elements the
   * selector matches (the runtime's own host and script).
   */
  async axTree(skipSelector) {
    if (this.engine !== 'chromium') throw new Error('the full accessibility tree is a Chromium (CDP) feature');
    const cdp = await this.page.createCDPSession();
    try {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: skipSelector });
      const skipIds = new Set(nodeIds);
      const skip = new Set();
      // Every node under a skipped element, its shadow tree included (the AX tree skips the host).
      const walk = (node, inside) => {
        const now = inside || skipIds.has(node.nodeId);
        if (now) skip.add(node.backendNodeId);
        for (const c of [...(node.children || []), ...(node.shadowRoots || [])]) walk(c, now);
      };
      walk(root, false);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const shape = (n) => {
        if (skip.has(n.backendDOMNodeId)) return null;
        const props = (n.properties || []).filter((p) => p.name !== 'url').map((p) => `${p.name}=${JSON.stringify(p.value && p.value.value)}`).sort();
        const children = (n.childIds || []).map((id) => byId.get(id)).filter(Boolean).map(shape).filter(Boolean);
        return [n.role && n.role.value, n.name && n.name.value, n.value && n.value.value, !!n.ignored, props, children];
      };
      return shape(nodes[0]);
    } finally {
      await cdp.detach();
    }
  }

  async close() {
    await this.browser.close();
  }
}

const SELENIUM_KEYS = {
  Tab: Key.TAB, Enter: Key.ENTER, ' ': Key.SPACE, Escape: Key.ESCAPE, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP,
  ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Home: Key.HOME, End: Key.END, PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN, Shift: Key.SHIFT, Alt: Key.ALT, Control: Key.CONTROL, Meta: Key.META, Backspace: Key.BACK_SPACE,
};
const seleniumKey = (k) => SELENIUM_KEYS[k] ?? k;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

class WebKitPage {
  static async launch() {
    const port = await freePort();
    const server = spawn(EXECUTABLES.webkit, [`--port=${port}`], { stdio: 'ignore' });
    const binary = MINIBROWSER.find((p) => existsSync(p));
    let driver = null;
    for (let attempt = 0; attempt < 40 && !driver; attempt++) {
      try {
        driver = await new Builder().usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } }).build();
      } catch (err) {
        if (attempt === 39) { server.kill(); throw err; }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    return new WebKitPage(driver, server);
  }

  constructor(driver, server) {
    this.engine = 'webkit';
    this.driver = driver;
    this.server = server;
  }

  async goto(url) {
    await this.driver.get(url);
  }

  async press(key, modifiers = []) {
    let a = this.driver.actions();
    for (const m of modifiers) a = a.keyDown(seleniumKey(m));
    a = a.keyDown(seleniumKey(key)).keyUp(seleniumKey(key));
    for (const m of [...modifiers].reverse()) a = a.keyUp(seleniumKey(m));
    await a.perform();
  }

  async down(key) { await this.driver.actions().keyDown(seleniumKey(key)).perform(); }
  async up(key) { await this.driver.actions().keyUp(seleniumKey(key)).perform(); }

  async type(text) {
    await this.driver.actions().sendKeys(text).perform();
  }

  async eval(fn, ...args) {
    if (typeof fn === 'string') return this.driver.executeScript(`return ${fn}`);
    return this.driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args);
  }

  async focused() {
    return this.driver.executeScript(`return ${FOCUSED}`);
  }

  async click(selector) {
    await this.driver.findElement(By.css(selector)).click();
  }

  async hover(selector) {
    await this.driver.actions().move({ origin: await this.driver.findElement(By.css(selector)) }).perform();
  }

  async close() {
    try { await this.driver.quit(); } finally { this.server.kill(); }
  }
}

/** Waits until the runtime has started on the page (its controls are in the DOM). */
export async function ready(b) {
  for (let i = 0; i < 100; i++) {
    if (await b.eval(() => !!window.curbcut)) {
      await settle(b); // what waits for the page to render (the own-skip-link check) has run too
      // the widget patterns load on the first sight of a marker, two requests later: wait for them
      await b.eval(async () => {
        if (document.querySelector('[data-curbcut-widget]')) await (await import('/curbcut/widgets/index.js')).settled();
      });
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the runtime did not start');
}

/** Lets a batch of DOM changes reach the runtime's observer (one animation frame, twice). */
export async function settle(b) {
  await b.eval(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}
