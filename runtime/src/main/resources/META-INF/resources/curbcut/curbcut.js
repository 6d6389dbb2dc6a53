// Curbcut's visitor runtime: one <script type="module" src=".../curbcut.js"> gives a skip link,
// a page map (also on Alt+1), keyboard behaviour for what the site's approved repairs marked,
// focus kept in modal popups, and the visitor's own display and keyboard settings.
// It never detects assistive technology, announces nothing on load, never moves focus without
// a user action, sets no cookie and talks to no one but the page's own origin (docs/runtime.md).
import { ownScript, readConfig } from './config.js';
import { loadLocale, t } from './i18n.js';
import { buildHost, keepLauncherClear } from './host.js';
import { menuButton } from './menu.js';
import { collect, render } from './pagemap.js';
import { focusTarget, shown, tabbables } from './dom.js';
import { parseCombo, matches, formatCombo } from './keys.js';
import { observe } from './observe.js';
import { installActivation, syncDisclosures } from './markers.js';
import { installModalKeys, syncModals, trackActions } from './modal.js';
import { setQuickKeys, QUICK_KEYS } from './quickkeys.js';
import { load } from './prefs.js';
import { applySettings } from './adjust.js';
import * as journal from './journal.js';

const LOADED = Symbol.for('curbcut.runtime');

/** Where "Skip to main content" goes: the configured selector, the main landmark, or the first h1. */
function mainTarget(doc, selector) {
  const pick = (s) => { try { return [...doc.querySelectorAll(s)].find(shown) || null; } catch { return null; } };
  return (selector && pick(selector)) || pick('main,[role=main]') || pick('h1');
}

/** The page's own skip link, when its first Tab stop already is one that leads somewhere. */
function ownSkipLink(doc) {
  const first = tabbables(doc.body)[0];
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
  const config = readConfig(ownScript(doc, import.meta.url));
  await loadLocale(config.lang || doc.documentElement.lang);
  let settings = load();
  applySettings(doc, settings);
  if (!config.fixes || settings.fixesOff) journal.turnOff();

  const ownSkip = ownSkipLink(doc);
  const target = config.skip && !ownSkip ? mainTarget(doc, config.main) : null;
  const ui = buildHost(doc, { skip: target, launcher: config.launcher });
  place(doc, ui.host, ownSkip);
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
    update(next) { settings = next; applySettings(doc, settings); keys(); },
  }));

  const map = menuButton(ui.mapButton, ui.menu, (menu) => render(menu, collect(doc, ui.host),
    [{ label: t('settings') + '…', run: () => openPanel(ui.mapButton) }]));
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
    setQuickKeys(doc, settings.quickKeys ? { ...QUICK_KEYS, ...(settings.quickKeyMap || {}) } : null, ui.host);
  };
  keys();
  doc.addEventListener('keydown', (e) => {
    if (mapKey && matches(mapKey, e) && !e.defaultPrevented) {
      e.preventDefault();
      if (!map.isOpen()) map.open('first');
    }
  });

  trackActions(doc);
  installActivation(win);
  installModalKeys(doc);
  const sync = () => {
    syncDisclosures(doc);
    syncModals(doc, ui.host);
  };
  sync();
  observe(doc, [sync]);

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
