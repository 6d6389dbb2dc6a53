// Our one style sheet for the visitor's display settings, kept last in document.adoptedStyleSheets
// (the site's sheets are never touched) and rebuilt on each change; with nothing to apply it is
// taken out. Loaded by adjust.js the first time a setting needs it.

export const READABLE = 'system-ui,"Segoe UI",Roboto,"Noto Sans",Helvetica,Arial,sans-serif';
// [background, text, links]
const THEMES = { dark: ['#121212', '#f0f0f0', '#9ec5ff'], light: ['#fff', '#111', '#0645ad'], contrast: ['#000', '#fff', '#ff0'] };
const FILTERS = { low: 'saturate(.5)', high: 'saturate(1.75)', mono: 'grayscale(1)' };
const TEXT = 'body,body :not([data-curbcut-ui])';
// Icon fonts and code keep their own font.
const KEEP_FONT = '[data-curbcut-ui],code,kbd,pre,samp,var,i:empty,span:empty,[class*=icon],[class*=fa-],[class*=material-],[aria-hidden=true]';
const LINK = ':is(a[href],[role=link])';
const pick = (table, key) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
const asset = (file) => new URL(file, import.meta.url).href;

let sheet = null;
let rootScale = 0; // the site's root font size over the browser's default, measured once
const fontsAdded = new Set();

/** A number setting within [lo, hi], or 0 (= off) for anything else (stored values may be anything). */
const num = (v, lo, hi) => ((v = Number(v)) >= lo && v <= hi ? v : 0);

/** Fonts the site offers from its own origin: data-fonts="Name=/fonts/file.woff2, Other Name". */
export function siteFonts(config, doc = document) {
  return String(config?.fonts || '').split(',').map((item) => {
    const at = item.indexOf('=');
    const name = (at < 0 ? item : item.slice(0, at)).trim();
    const url = at < 0 ? '' : item.slice(at + 1).trim();
    try { if (url && new URL(url, doc.baseURI).origin !== doc.defaultView.location.origin) return null; } catch { return null; }
    return /^[\w -]{1,60}$/.test(name) ? { name, url } : null;
  }).filter(Boolean);
}

/** Puts the (effective) settings into our style sheet; idempotent. */
export function applyCss(doc, s, config) {
  sheet ??= new doc.defaultView.CSSStyleSheet();
  const size = num(s.textSize, 101, 200);
  if (size && !rootScale) rootScale = measureRoot(doc);
  const css = rules(doc, s, size && Math.round(size * rootScale * 100) / 100, config);
  const others = doc.adoptedStyleSheets.filter((x) => x !== sheet);
  if (css) {
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...others, sheet];
  } else if (others.length !== doc.adoptedStyleSheets.length) {
    doc.adoptedStyleSheets = others;
  }
}

// Root font size as a percentage of the browser's default (never px), so that 200 % doubles the
// site's own root size and the visitor's browser font setting still counts.
function measureRoot(doc) {
  const px = () => parseFloat(getComputedStyle(doc.documentElement).fontSize);
  const others = doc.adoptedStyleSheets.filter((x) => x !== sheet);
  doc.adoptedStyleSheets = others;
  const site = px();
  sheet.replaceSync(':root{font-size:medium!important}');
  doc.adoptedStyleSheets = [...others, sheet];
  return site / px();
}

function fontFamily(doc, choice, config) {
  if (!choice) return '';
  const font = siteFonts(config, doc).find((f) => f.name === choice);
  if (!font) return READABLE;
  if (font.url && !fontsAdded.has(font.name)) {
    fontsAdded.add(font.name);
    const face = new doc.defaultView.FontFace(font.name, `url("${encodeURI(font.url)}")`);
    doc.fonts.add(face);
    face.load().catch(() => {}); // a missing file leaves the readable system stack
  }
  return `"${font.name}",${READABLE}`;
}

function rules(doc, s, percent, config) {
  const r = [];
  if (percent) r.push(`:root{font-size:${percent}%!important}`);
  const lh = num(s.lineHeight, 1, 3);
  const ls = num(s.letterSpacing, 0.01, 1);
  const ws = num(s.wordSpacing, 0.01, 2);
  const ps = num(s.paragraphSpacing, 0.5, 5);
  if (lh) r.push(`${TEXT}{line-height:${lh}!important}`);
  if (ls) r.push(`${TEXT}{letter-spacing:${ls}em!important}`);
  if (ws) r.push(`${TEXT}{word-spacing:${ws}em!important}`);
  if (ps) r.push(`p{margin-block-end:${ps}em!important}`);
  // Bigger or wider text must still reflow in a narrow window (1.4.10): long words may break.
  if (percent || lh || ls || ws) r.push(`${TEXT}{overflow-wrap:break-word!important}`);
  const family = fontFamily(doc, s.font, config);
  if (family) r.push(`body,body :not(${KEEP_FONT}){font-family:${family}!important}`);
  if (s.alignStart) r.push('body,body :not([data-curbcut-ui],button,input,select,textarea){text-align:start!important}');
  if (s.highlightHeadings) r.push(':is(h1,h2,h3,h4,h5,h6,[role=heading]){outline:2px solid currentColor!important;outline-offset:2px!important}');
  if (s.highlightLinks) r.push(`${LINK}{text-decoration:underline!important;outline:2px solid currentColor!important;outline-offset:1px!important}`);
  if (s.focusHighlight) r.push(':root :focus-visible{outline:3px solid #000!important;outline-offset:2px!important;box-shadow:0 0 0 7px #fff!important}');
  if (s.bigCursor) {
    r.push(`:root,:root *{cursor:url("${asset('cursor.svg')}") 6 4,auto!important}` +
      `:is(a[href],button,summary,label,select,[role=button],[role=link],[role=tab],[role=menuitem]),:is(a[href],button,[role=button],[role=link]) *{cursor:url("${asset('pointer.svg')}") 18 3,pointer!important}`);
  }
  if (s.stopAnimations) r.push('*,::before,::after{animation-play-state:paused!important;transition:none!important;scroll-behavior:auto!important}');
  if (s.hideImages) r.push('img,canvas[data-curbcut-frozen]{display:none!important}[data-curbcut-alt]{display:inline-block;border:1px dashed;padding:0 .25em}');
  if (s.stopAnimations || s.hideImages) r.push('[data-curbcut-hidden]{display:none!important}');
  const theme = pick(THEMES, s.theme);
  const filter = pick(FILTERS, s.saturation);
  // Colours give way to the visitor's forced colours (Windows contrast themes): the OS wins.
  if (theme || filter) {
    const [bg, fg, link] = theme || [];
    r.push('@media not all and (forced-colors:active){' +
      (theme ? `:root{color-scheme:${s.theme === 'light' ? 'light' : 'dark'}!important}` +
        `:root,body,body :not([data-curbcut-ui],img,svg,video,canvas,iframe,picture){background-color:${bg}!important;color:${fg}!important;border-color:currentColor!important}` +
        `${LINK},${LINK} *{color:${link}!important}` : '') +
      (filter ? `:root{filter:${filter}!important}` : '') + '}');
  }
  return r.join('\n');
}
