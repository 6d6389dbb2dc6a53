// The settings a visitor can have, and the "settings code" that carries them to another Curbcut
// site by copy and paste: "CC1-" + base64url(JSON). No server, no id, nothing that could track.
import { parseCombo } from './combo.js';
import { QUICK_TARGETS } from './keys.js';

export const PREFIX = 'CC1-';

const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const flag = (v) => (v === true ? true : undefined);
const oneOf = (...values) => (v) => (values.includes(v) ? v : undefined);
const between = (lo, hi) => (v) => (typeof v === 'number' && v >= lo && v <= hi ? v : undefined);

/** Every setting and what a valid value is; anything else is dropped. */
export const SCHEMA = {
  textSize: between(100, 200),
  lineHeight: between(1, 3),
  letterSpacing: between(0.01, 1),
  wordSpacing: between(0.01, 2),
  paragraphSpacing: between(0.5, 5),
  font: (v) => (typeof v === 'string' && /^[\w -]{1,60}$/.test(v) ? v : undefined),
  alignStart: flag,
  highlightHeadings: flag,
  highlightLinks: flag,
  theme: oneOf('dark', 'light', 'contrast'),
  saturation: oneOf('low', 'high', 'mono'),
  stopAnimations: flag,
  muteMedia: flag,
  hideImages: flag,
  readingGuide: flag,
  readingMask: flag,
  focusHighlight: flag,
  bigCursor: flag,
  readAloud: flag,
  quickKeys: flag,
  quickKeyMap: (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const map = Object.fromEntries(Object.entries(v).filter(([k, target]) => /^[a-z0-9]$/.test(k) && (target === 'off' || own(QUICK_TARGETS, target))));
    return Object.keys(map).length ? map : undefined;
  },
  pageMapKey: (v) => (typeof v === 'string' && (v === 'off' || parseCombo(v)) ? v : undefined),
  followSystem: (v) => (v === false ? false : undefined),
  fixesOff: flag,
};

/** Only the known settings with valid values (a stored or pasted object may hold anything). */
export function sanitize(settings) {
  const clean = {};
  if (!settings || typeof settings !== 'object') return clean;
  for (const [key, check] of Object.entries(SCHEMA)) {
    const v = own(settings, key) ? check(settings[key]) : undefined;
    if (v !== undefined) clean[key] = v;
  }
  return clean;
}

// Two-letter names keep the code short (format version 1: never reuse one). fixesOff has none:
// it is this site's own switch and does not travel.
const SHORT = {
  textSize: 'ts', lineHeight: 'lh', letterSpacing: 'ls', wordSpacing: 'ws', paragraphSpacing: 'ps', font: 'fo',
  alignStart: 'al', highlightHeadings: 'hh', highlightLinks: 'hl', theme: 'th', saturation: 'sa', stopAnimations: 'an',
  muteMedia: 'mu', hideImages: 'hi', readingGuide: 'rg', readingMask: 'rm', focusHighlight: 'fh', bigCursor: 'bc',
  readAloud: 'ra', quickKeys: 'qk', quickKeyMap: 'km', pageMapKey: 'pk', followSystem: 'fs',
};
const LONG = Object.fromEntries(Object.entries(SHORT).map(([k, v]) => [v, k]));

/** The settings code for these settings. */
export function encode(settings) {
  const portable = {};
  for (const [key, v] of Object.entries(sanitize(settings))) if (own(SHORT, key)) portable[SHORT[key]] = v === true ? 1 : v;
  const bytes = new TextEncoder().encode(JSON.stringify(portable));
  const b64 = btoa(String.fromCharCode(...bytes));
  return PREFIX + b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The settings in a code: { settings } or { error } with error one of 'empty', 'prefix',
 * 'version', 'garbled' (not base64url JSON of an object).
 */
export function decode(code) {
  const text = String(code || '').replace(/\s+/g, '');
  if (!text) return { error: 'empty' };
  const m = /^CC(\d+)-(.*)$/i.exec(text);
  if (!m) return { error: 'prefix' };
  if (m[1] !== '1') return { error: 'version' };
  if (!/^[A-Za-z0-9_-]+$/.test(m[2])) return { error: 'garbled' };
  try {
    const binary = atob(m[2].replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const value = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'garbled' };
    const named = {};
    for (const [short, v] of Object.entries(value)) {
      const key = own(LONG, short) ? LONG[short] : null;
      if (key) named[key] = v === 1 && SCHEMA[key] === flag ? true : v;
    }
    return { settings: sanitize(named) };
  } catch {
    return { error: 'garbled' };
  }
}
