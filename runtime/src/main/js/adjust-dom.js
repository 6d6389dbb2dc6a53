// The adjustments CSS cannot make alone, loaded only once one of them is on: pausing animations,
// autoplaying video, GIFs and marquees; muting media; showing images' alt text in their place; the
// reading guide and mask; "read selection aloud". Each remembers exactly what it changed, so that
// turning it off undoes that and nothing else.
import { addEnglish, t, locale } from './i18n.js';
import { keepLauncherClear } from './host.js';

export const DOM_ENGLISH = {
  readAloud: 'Read selection aloud',
  stopReading: 'Stop reading',
  selectFirst: 'Select some text on the page first.',
};
addEnglish(DOM_ENGLISH);

const FEATURES = {
  stopAnimations: { on: stopMotion, off: resumeMotion, added: stopMotion },
  muteMedia: { on: mute, off: unmute, added: mute },
  hideImages: { on: showAlt, off: hideAlt, added: showAlt },
  readingGuide: { on: () => aid('guide', true), off: () => aid('guide', false) },
  readingMask: { on: () => aid('mask', true), off: () => aid('mask', false) },
  readAloud: { on: reader, off: noReader },
};
const active = new Set();
let doc = null;

/** Turns each DOM adjustment on or off to match the (effective) settings; idempotent. */
export function applyDom(d, settings) {
  doc = d;
  for (const [key, f] of Object.entries(FEATURES)) {
    if (settings[key] && !active.has(key)) { active.add(key); f.on(d); }
    else if (!settings[key] && active.has(key)) { active.delete(key); f.off(d); }
  }
}

/** Gives content added to the page later the adjustments that are on. */
export function adjustAdded({ added }) {
  for (const el of added) {
    if (!el.isConnected || ours(el)) continue;
    for (const key of active) FEATURES[key].added?.(el);
  }
}

const ours = (el) => el.closest('[data-curbcut-ui],[data-curbcut-alt],[data-curbcut-frozen]');
const within = (root, selector) => [...(root.matches?.(selector) ? [root] : []), ...root.querySelectorAll(selector)];

// --- Motion: Web Animations, autoplaying video, GIFs, marquees ---------------------------------

const pausedAnimations = new Set();
const pausedVideos = new Set();
const frozen = new Map(); // img → canvas

function stopMotion(root) {
  // CSS animations are paused by the style sheet; what still runs (script animations, shadow DOM) is paused here.
  for (const a of root.getAnimations({ subtree: true })) {
    if (a.playState === 'running') { a.pause(); pausedAnimations.add(a); }
  }
  for (const v of within(root, 'video')) {
    if (!v.paused || v.autoplay) { v.pause(); pausedVideos.add(v); } // pause() also cancels a pending autoplay
  }
  for (const m of within(root, 'marquee')) { m.stop?.(); pausedVideos.add(m); }
  for (const img of within(root, 'img')) if (isGif(img)) img.complete ? freeze(img) : img.addEventListener('load', () => freeze(img), { once: true });
}

function resumeMotion() {
  for (const a of pausedAnimations) if (a.playState === 'paused') a.play();
  pausedAnimations.clear();
  for (const v of pausedVideos) v.localName === 'marquee' ? v.start?.() : v.isConnected && v.play()?.catch(() => {});
  pausedVideos.clear();
  for (const [img, canvas] of frozen) { canvas.remove(); img.removeAttribute('data-curbcut-hidden'); }
  frozen.clear();
}

const isGif = (img) => /^data:image\/gif|\.gif([?#]|$)/i.test(img.currentSrc || img.src);

// A still of the GIF's first frame in its place; the image itself is only hidden, never changed.
function freeze(img) {
  if (!active.has('stopAnimations') || frozen.has(img) || !img.naturalWidth || !img.isConnected) return;
  const canvas = doc.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  canvas.style.width = img.width + 'px'; // CSSOM, which a strict CSP allows
  canvas.style.height = img.height + 'px';
  canvas.getContext('2d').drawImage(img, 0, 0);
  canvas.setAttribute('data-curbcut-frozen', '');
  const alt = img.getAttribute('alt');
  if (alt) { canvas.setAttribute('role', 'img'); canvas.setAttribute('aria-label', alt); }
  else canvas.setAttribute('aria-hidden', 'true');
  img.after(canvas);
  img.setAttribute('data-curbcut-hidden', '');
  frozen.set(img, canvas);
}

// --- Sound ----------------------------------------------------------------------------------

const muted = new Set();

function mute(root) {
  for (const m of within(root, 'audio,video')) if (!m.muted) { m.muted = true; muted.add(m); }
}

function unmute() {
  for (const m of muted) m.muted = false;
  muted.clear();
}

// --- Images: alt text in their place ------------------------------------------------------

const altTexts = new Map(); // img → span

function showAlt(root) {
  for (const img of within(root, 'img')) {
    const alt = (img.getAttribute('alt') || '').trim();
    if (!alt || altTexts.has(img)) continue; // alt="" is decoration: nothing to show
    const span = doc.createElement('span');
    span.setAttribute('data-curbcut-alt', '');
    span.textContent = alt;
    img.after(span);
    altTexts.set(img, span);
  }
}

function hideAlt() {
  for (const span of altTexts.values()) span.remove();
  altTexts.clear();
}

// --- Reading guide and mask: follow the pointer, never catch it -------------------------------

const AID_CSS = `:host{all:initial}
div{position:fixed;inset-inline:0;pointer-events:none;z-index:2147483646}
.guide{block-size:.5rem;background:#1a1a1a;border-block:2px solid #ffbf47;inset-block-start:0}
.mask{background:rgb(0 0 0 / .55)}
.top{inset-block-start:0}
[hidden]{display:none}
@media (forced-colors:active){.guide{forced-color-adjust:none;background:Highlight;border-color:Canvas}.mask{forced-color-adjust:none}}`;
const WINDOW = 48; // half the mask's clear band, in CSS px
let aids = null;

function aid(kind, on) {
  if (on && !aids) {
    const host = doc.createElement('div');
    host.setAttribute('data-curbcut-ui', 'aids');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(AID_CSS);
    root.adoptedStyleSheets = [sheet];
    const part = (cls) => { const d = doc.createElement('div'); d.className = cls; d.hidden = true; d.setAttribute('aria-hidden', 'true'); return d; };
    const parts = { guide: part('guide'), top: part('mask top'), bottom: part('mask') };
    root.append(parts.guide, parts.top, parts.bottom);
    const move = (e) => place(parts, e.clientY);
    doc.addEventListener('pointermove', move, { passive: true });
    doc.body.append(host);
    aids = { host, parts, move, on: new Set() };
  }
  if (!aids) return;
  on ? aids.on.add(kind) : aids.on.delete(kind);
  aids.parts.guide.hidden = !aids.on.has('guide');
  aids.parts.top.hidden = aids.parts.bottom.hidden = !aids.on.has('mask');
  if (!aids.on.size) {
    doc.removeEventListener('pointermove', aids.move);
    aids.host.remove();
    aids = null;
  }
}

function place(parts, y) {
  parts.guide.style.transform = `translateY(${Math.round(y + 12)}px)`;
  parts.top.style.blockSize = Math.max(0, Math.round(y - WINDOW)) + 'px';
  parts.bottom.style.insetBlockStart = Math.round(y + WINDOW) + 'px';
  parts.bottom.style.insetBlockEnd = '0';
}

// --- Read selection aloud: the browser's own speech, started and stopped by the visitor --------

const READ_CSS = `:host{all:initial}
button{position:fixed;inset-block-end:.75rem;inset-inline-end:4rem;z-index:2147483647;font:1rem/1.4 system-ui,sans-serif;
  color:#fff;background:#1a1a1a;border:2px solid #fff;border-radius:.25rem;padding:.5rem .75rem;cursor:pointer}
button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.aside{opacity:0;pointer-events:none}
@media (forced-colors:active){button{border-color:ButtonText}}`;
let read = null;

function reader() {
  const win = doc.defaultView;
  if (read || !win.speechSynthesis) return;
  const host = doc.createElement('div');
  host.setAttribute('data-curbcut-ui', 'read');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(READ_CSS);
  root.adoptedStyleSheets = [sheet];
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = t('readAloud');
  button.dir = doc.documentElement.dir || 'ltr';
  root.append(button);
  // Clicking or focusing the button can clear the selection first (WebKit does on focus), so
  // the last text the visitor selected is kept until it is read.
  let picked = '';
  const onSelect = () => { const now = String(win.getSelection()).trim(); if (now) picked = now; };
  doc.addEventListener('selectionchange', onSelect);
  button.addEventListener('click', () => {
    if (win.speechSynthesis.speaking) return stop();
    const text = String(win.getSelection()).trim() || picked;
    picked = '';
    speak(text || t('selectFirst'));
  });
  const onKey = (e) => { if (e.key === 'Escape' && win.speechSynthesis.speaking) stop(); };
  win.addEventListener('keydown', onKey, true);
  doc.body.append(host);
  keepLauncherClear(doc, button);
  read = { host, button, onKey, onSelect };
}

function speak(text) {
  const synth = doc.defaultView.speechSynthesis;
  const u = new doc.defaultView.SpeechSynthesisUtterance(text);
  u.lang = doc.documentElement.lang || locale();
  // A voice of the visitor's own system when the browser marks one as local (no network speech).
  const voices = synth.getVoices().filter((v) => v.localService);
  u.voice = voices.find((v) => v.lang.startsWith(u.lang.slice(0, 2))) || voices[0] || null;
  u.onend = u.onerror = () => { if (read) read.button.textContent = t('readAloud'); };
  synth.cancel();
  synth.speak(u);
  read.button.textContent = t('stopReading');
}

function stop() {
  doc.defaultView.speechSynthesis.cancel();
  if (read) read.button.textContent = t('readAloud');
}

function noReader() {
  if (!read) return;
  stop();
  doc.defaultView.removeEventListener('keydown', read.onKey, true);
  doc.removeEventListener('selectionchange', read.onSelect);
  read.host.remove();
  read = null;
}
