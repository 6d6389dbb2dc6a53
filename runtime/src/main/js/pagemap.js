// The page map: the page's landmarks, headings by level, forms, buttons and images, with their
// names, as menu items that move focus to what they name. Rebuilt on every open.
import { shown, nameOf, focusTarget } from './dom.js';
import { t } from './i18n.js';

const LANDMARKS = [
  ['main', 'main,[role=main]'],
  ['navigation', 'nav,[role=navigation]'],
  ['banner', 'header,[role=banner]'],
  ['contentinfo', 'footer,[role=contentinfo]'],
  ['complementary', 'aside,[role=complementary]'],
  ['search', 'search,[role=search]'],
  ['form', 'form,[role=form]'],
  ['region', 'section[aria-label],section[aria-labelledby],[role=region]'],
];
const SECTIONING = 'article,aside,main,nav,section,[role=article],[role=complementary],[role=main],[role=navigation],[role=region]';
const CSS = `
[role=menu] { position: absolute; inset-block-start: 100%; inset-inline-start: .25rem; max-block-size: 70vh; overflow: auto;
  min-inline-size: 16rem; max-inline-size: min(32rem, 90vw); background: #fff; color: #1a1a1a; border: 2px solid #1a1a1a;
  border-radius: .25rem; padding: .25rem; box-shadow: 0 .25rem 1rem rgb(0 0 0 / .3); }
[role=menu][hidden] { display: none; }
[role=menuitem] { display: block; color: #1a1a1a; background: #fff; border: 2px solid transparent; text-decoration: none; padding: .2rem .5rem; }
[role=menuitem]:focus { background: #1a1a1a; color: #fff; outline: 3px solid #ffbf47; outline-offset: 0; }
[role=menuitem][data-level="3"] { padding-inline-start: 1.5rem; }
[role=menuitem][data-level="4"], [role=menuitem][data-level="5"], [role=menuitem][data-level="6"] { padding-inline-start: 2.5rem; }
.group-title { font-weight: 700; padding: .4rem .5rem .1rem; font-size: .85em; }
.extra { border-block-start: 1px solid #767676; margin-block-start: .25rem; }
@media (forced-colors: active) { [role=menu], [role=menuitem] { border-color: CanvasText; } [role=menuitem]:focus { outline-color: Highlight; } }
`;

/** Adds the menu's styles to the runtime's shadow root (loaded with the map, not before). */
export function adoptStyles(root) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** At most this many items per group: a longer menu is no map. */
export const PER_GROUP = 40;

// header/footer are banner/contentinfo only outside sectioning content; forms and sections
// are landmarks only with a name.
function isLandmark(kind, el) {
  if (el.hasAttribute('role')) return true;
  if (kind === 'banner' || kind === 'contentinfo') return !el.parentElement?.closest(SECTIONING);
  if (kind === 'form' || kind === 'region') return nameOf(el) !== '' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.hasAttribute('title'));
  return true;
}

function visibleIn(doc, selector, skip) {
  return [...doc.querySelectorAll(selector)].filter((el) => !skip.contains(el) && shown(el) && !el.closest('[aria-hidden=true],[inert]'));
}

/** The groups of the map: [{ key, items: [{ label, target }] }]. */
export function collect(doc, skip) {
  const landmarks = [];
  for (const [kind, selector] of LANDMARKS) {
    for (const el of visibleIn(doc, selector, skip)) {
      if (!isLandmark(kind, el)) continue;
      const name = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? nameOf(el) : '';
      landmarks.push({ label: name ? `${t(kind)}: ${name}` : t(kind), target: el });
    }
  }
  landmarks.sort((a, b) => (a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const headings = visibleIn(doc, 'h1,h2,h3,h4,h5,h6,[role=heading]', skip).map((el) => {
    const level = el.getAttribute('aria-level') || (/^h(\d)$/.exec(el.localName) || [])[1] || '2';
    return { label: t('heading', level, nameOf(el) || t('unnamed')), target: el, level: Number(level) };
  });
  const forms = visibleIn(doc, 'form', skip).map((el) => ({ label: nameOf(firstHeadingOrLegend(el) || el) || t('form'), target: el }));
  const buttons = visibleIn(doc, 'button,input[type=submit],input[type=button],input[type=reset],[role=button]', skip)
    .map((el) => ({ label: nameOf(el) || t('unnamed'), target: el }));
  const images = visibleIn(doc, 'img[alt]:not([alt=""]),[role=img][aria-label],svg[aria-label]', skip)
    .map((el) => ({ label: nameOf(el), target: el })).filter((i) => i.label);
  return [
    { key: 'landmarks', items: landmarks },
    { key: 'headings', items: headings },
    { key: 'forms', items: forms },
    { key: 'buttons', items: buttons },
    { key: 'images', items: images },
  ].filter((g) => g.items.length).map((g) => ({ ...g, items: g.items.slice(0, PER_GROUP) }));
}

function firstHeadingOrLegend(form) {
  return form.querySelector('legend,h1,h2,h3,h4,h5,h6');
}

/** Fills the menu element with the groups; `extra` items (the settings) come last. */
export function render(menu, groups, extra) {
  menu.replaceChildren();
  const doc = menu.ownerDocument;
  for (const g of groups) {
    const group = doc.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t(g.key));
    // The visible title repeats the group's name; hidden from the tree, a group owns only items.
    const title = doc.createElement('div');
    title.className = 'group-title';
    title.setAttribute('aria-hidden', 'true');
    title.textContent = t(g.key);
    group.append(title);
    for (const item of g.items) group.append(menuItem(doc, item.label, () => focusTarget(item.target), item.level));
    menu.append(group);
  }
  // Set apart by style only: ARIA 1.2 lets a menu own items and groups, not separators.
  for (const x of extra) menu.append(Object.assign(menuItem(doc, x.label, x.run), { className: 'extra' }));
}

function menuItem(doc, label, run, level) {
  const item = doc.createElement('div');
  item.setAttribute('role', 'menuitem');
  item.tabIndex = -1;
  item.textContent = label;
  if (level) item.dataset.level = String(level);
  item.addEventListener('click', () => run());
  return item;
}
