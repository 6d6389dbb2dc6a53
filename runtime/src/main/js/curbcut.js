// Curbcut's visitor runtime: one <script type="module" src=".../curbcut.js"> gives a skip link,
// a page map (also on Alt+1), keyboard behaviour for what the site's approved repairs marked,
// focus kept in modal popups, and the visitor's own display and keyboard settings.
// It never detects assistive technology, announces nothing on load, never moves focus without
// a user action, sets no cookie and talks to no one but the page's own origin (docs/runtime.md).
import { ownScript, readConfig } from './config.js';
import { loadLocale, t } from './i18n.js';
import { buildHost, keepLauncherClear } from './host.js';
import { focusTarget, shown, firstTabbable } from './dom.js';
import { parseCombo, matches, formatCombo } from './combo.js';
import { observe } from './observe.js';
import { installActivation, syncDisclosures } from './markers.js';
import { installModalKeys, syncModals, trackActions } from './modal.js';
import { load } from './prefs.js';
import { applySettings, adjustAdded } from './adjust.js';
import * as journal from './journal.js';

const LOADED = Symbol.for('curbcut.runtime');

const afterRender = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
/** Lets the browser finish the task it is in (the end of parsing, the page's own handlers) first. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Where "Skip to main content" goes: the configured selector, the main landmark, or the first h1
 * (the first one shown; with rendered = false, the first one not hidden by markup, which needs
 * no layout).
 */
function mainTarget(doc, selector, rendered = true) {
  const visible = rendered ? shown : (el) => !el.closest('[hidden],[inert]');
  const pick = (s) => { try { return [...doc.querySelectorAll(s)].find(visible) || null; } catch { return null; } };
  return (selector && pick(selector)) || pick('main,[role=main]') || pick('h1');
}

/** The page's own skip link, when its first Tab stop already is one that leads somewhere. */
function ownSkipLink(doc) {
  const first = firstTabbable(doc.body); // our controls sit in a shadow root: not found here
  if (!first || first.localName !== 'a') return null;
  const href = first.getAttribute('href') || '';
  if (!href.startsWith('#') || href.length < 2) return null;
  const id = decodeURIComponent(href.slice(1));
  const target = doc.getElementById(id) || doc.getElementsByName(id)[0];
  return target && target !== first ? first : null;
}

function place(doc, host, ownSkip) {
  const parent = ownSkip?.parentElement;
  if (parent && !/^(ul|ol|dl|table|thead|tbody|tfoot|tr|select|menu)$/.test(parent.localName)) ownSkip.after(host);
  else doc.body.prepend(host);
}

async function start(doc, win) {
  // A module runs in the task that ends parsing, together with the page's DOMContentLoaded work:
  // ours goes in tasks of its own, so that none of them grows long (design note §5). Nothing is
  // lost by waiting: the adjustments' style sheet arrives by import() in any case.
  await nextTask();
  const config = readConfig(ownScript(doc, import.meta.url));
  let settings = load();
  applySettings(doc, settings, config); // before the locale arrives: no flash of the unadjusted page
  if (!config.fixes || settings.fixesOff) journal.turnOff();
  await loadLocale(config.lang || doc.documentElement.lang);

  // The controls go in first (a visitor may press Tab early); what needs layout (is the page's
  // first Tab stop its own skip link? which popups are shown?) waits until the page has rendered,
  // so the runtime never forces the page's first layout inside its own task.
  const target = config.skip ? mainTarget(doc, config.main, false) : null;
  const ui = buildHost(doc, { skip: target, launcher: config.launcher });
  doc.body.prepend(ui.host);
  afterRender(() => {
    const ownSkip = ownSkipLink(doc);
    if (ownSkip) {
      ui.skipLink?.remove();
      ui.skipLink = null;
      place(doc, ui.host, ownSkip);
    }
  });
  if (ui.skipLink) {
    ui.skipLink.addEventListener('click', (e) => {
      e.preventDefault(); // no #fragment: single-page apps route on it
      const now = mainTarget(doc, config.main);
      if (now) focusTarget(now);
    });
  }

  const openPanel = (opener) => import('./panel.js').then((m) => m.openPanel({
    doc, config, opener, t, journal,
    settings: () => settings,
    update(next) {
      const fixesChange = !next.fixesOff !== !settings.fixesOff && config.fixes;
      settings = next;
      applySettings(doc, settings, config);
      keys();
      if (fixesChange && next.fixesOff) journal.turnOff();
      else if (fixesChange) { journal.turnOn(); sync(); }
    },
  }));

  // The page map's code loads on first use (or when its button gets focus): most visits never open it.
  let map = null;
  let mapReady = false;
  const loadMap = () => (map ??= Promise.all([import('./menu.js'), import('./pagemap.js')]).then(([menu, pagemap]) => {
    pagemap.adoptStyles(ui.root);
    mapReady = true;
    return menu.menuButton(ui.mapButton, ui.menu, (m) => pagemap.render(m, pagemap.collect(doc, ui.host),
      [{ label: t('settings') + '…', run: () => openPanel(ui.mapButton) }]));
  }));
  const openMap = (where) => loadMap().then((m) => { if (!m.isOpen()) m.open(where); });
  const firstUse = (e) => {
    if (mapReady) return; // the menu button handles its own events from now on
    if (e.type === 'focus') { loadMap(); return; }
    if (e.type === 'keydown' && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (e.type === 'keydown') e.preventDefault();
    openMap(e.key === 'ArrowUp' ? 'last' : 'first');
  };
  for (const type of ['click', 'keydown', 'focus']) ui.mapButton.addEventListener(type, firstUse);
  ui.mapButton.setAttribute('aria-haspopup', 'menu');
  ui.mapButton.setAttribute('aria-expanded', 'false');
  if (!config.pageMap) ui.mapButton.hidden = true;
  if (ui.settings) {
    ui.settings.addEventListener('click', () => openPanel(ui.settings));
    keepLauncherClear(doc, ui.settings);
  }

  let mapKey = null;
  const keys = () => {
    const combo = settings.pageMapKey ?? config.pageMapKey;
    mapKey = config.pageMap ? parseCombo(combo) : null;
    if (mapKey) ui.mapButton.setAttribute('aria-keyshortcuts', formatCombo(mapKey));
    else ui.mapButton.removeAttribute('aria-keyshortcuts');
    // Quick keys are off by default (R5): their code loads only for a visitor who turned them on.
    if (settings.quickKeys || quick) {
      quick ??= import('./quickkeys.js');
      quick.then((q) => q.setQuickKeys(doc, settings.quickKeys ? settings.quickKeyMap || {} : null, ui.host));
    }
  };
  let quick = null;
  keys();
  doc.addEventListener('keydown', (e) => {
    if (mapKey && matches(mapKey, e) && !e.defaultPrevented) {
      e.preventDefault();
      openMap('first');
    }
  });

  await nextTask(); // the controls are in; what follows only listens and observes
  trackActions(doc);
  installActivation(win);
  installModalKeys(doc);
  // Widget patterns load only on pages where an approved repair named one.
  let widgets = null;
  const syncWidgets = () => {
    if (!widgets && !doc.querySelector('[data-curbcut-widget]')) return;
    widgets ??= import('./widgets/index.js');
    widgets.then((w) => w.syncWidgets(doc), (err) => console.error('curbcut:', err));
  };
  const sync = () => {
    syncDisclosures(doc);
    syncModals(doc);
    syncWidgets();
  };
  afterRender(sync);
  observe(doc, [sync, adjustAdded]);

  win.curbcut ??= Object.freeze({
    changes: () => journal.changes().map(({ element, rule, wcag }) => ({ element, rule, wcag })),
    openSettings: () => openPanel(doc.activeElement),
  });
}

if (!globalThis[LOADED]) {
  globalThis[LOADED] = true;
  const go = () => start(document, window).catch((err) => console.error('curbcut:', err));
  if (document.body) go();
  else document.addEventListener('DOMContentLoaded', go, { once: true });
}
