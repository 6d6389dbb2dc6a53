// The runtime's own controls, in one shadow root at the start of the page so that they are the
// first things Tab reaches: the skip link, the page-map menu button and the settings launcher.
// Styles come from a constructed style sheet, which a strict CSP allows (no inline style).
import { t } from './i18n.js';

const CSS = `
:host { all: initial; }
.bar { position: fixed; inset-block-start: 0; inset-inline-start: 0; z-index: 2147483647; display: flex; gap: .25rem;
  padding: .25rem; font: 1rem/1.4 system-ui, sans-serif; }
.bar:not(:focus-within) > :not(.launcher) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; padding: 0; border: 0; margin: 0; }
a, button, [role=menuitem] { display: inline-block; color: #fff; background: #1a1a1a; border: 2px solid #fff; border-radius: .25rem; padding: .4rem .75rem;
  font: inherit; text-decoration: underline; cursor: pointer; }
button { text-decoration: none; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.launcher { position: fixed; inset-block-end: .75rem; inset-inline-end: .75rem; inline-size: 2.75rem; block-size: 2.75rem; padding: 0;
  border-radius: 50%; display: grid; place-items: center; }
.launcher.aside { opacity: 0; pointer-events: none; }
.launcher svg { inline-size: 1.5rem; block-size: 1.5rem; fill: currentColor; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
@media (forced-colors: active) { a, button, [role=menuitem], [role=menu] { forced-color-adjust: auto; border-color: CanvasText; }
  [role=menuitem]:focus { outline-color: Highlight; } }
`;

const SVG = 'http://www.w3.org/2000/svg';

// A person figure, built node by node (no innerHTML, so Trusted Types pages accept it).
function icon(doc) {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const head = doc.createElementNS(SVG, 'circle');
  head.setAttribute('cx', '12');
  head.setAttribute('cy', '4');
  head.setAttribute('r', '2');
  const body = doc.createElementNS(SVG, 'path');
  body.setAttribute('d', 'M4 7.5l8 1.5 8-1.5.4 1.9-6.4 1.6v3.5l2.3 7-1.9.6L12 15.5l-2.4 6.6-1.9-.6 2.3-7V11L3.6 9.4z');
  svg.append(head, body);
  return svg;
}

/** Builds the host element (not yet in the page) and the controls inside it. */
export function buildHost(doc, { skip, launcher }) {
  const host = doc.createElement('div');
  host.setAttribute('data-curbcut-ui', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  // A landmark of its own, so that nothing of ours sits outside landmarks (axe's region rule).
  const bar = doc.createElement('nav');
  bar.className = 'bar';
  bar.setAttribute('aria-label', t('tools'));
  // No dir of its own: direction is inherited from the page through the host, and reading the
  // page's computed style here would force its first style calculation inside our start-up.
  let skipLink = null;
  if (skip) {
    skipLink = doc.createElement('a');
    skipLink.href = '#' + (skip.id || '');
    skipLink.textContent = t('skip');
    bar.append(skipLink);
  }
  const mapButton = doc.createElement('button');
  mapButton.type = 'button';
  mapButton.textContent = t('pageMap');
  const menu = doc.createElement('div');
  menu.setAttribute('aria-label', t('pageMap'));
  menu.hidden = true;
  bar.append(mapButton, menu);
  let settings = null;
  if (launcher) {
    settings = doc.createElement('button');
    settings.type = 'button';
    settings.className = 'launcher';
    settings.setAttribute('aria-label', t('settings'));
    settings.title = t('settings');
    settings.append(icon(doc));
    bar.append(settings);
  }
  root.append(bar);
  return { host, root, skipLink, mapButton, menu, settings };
}

/**
 * Keeps the launcher from covering the focused element (WCAG 2.4.11): while focus is on
 * something under it, it steps aside.
 */
export function keepLauncherClear(doc, launcher) {
  doc.addEventListener('focusin', (e) => {
    const el = e.target;
    if (!launcher || !el.getBoundingClientRect || el.getRootNode() === launcher.getRootNode()) {
      launcher?.classList.remove('aside');
      return;
    }
    const a = el.getBoundingClientRect();
    const b = launcher.getBoundingClientRect();
    const overlap = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    launcher.classList.toggle('aside', overlap);
  });
}
