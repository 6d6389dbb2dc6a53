// The settings code (settings-code.js) and the settings schema, in Node: no browser needed.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { decode, encode, sanitize, PREFIX } from '../../main/js/settings-code.js';

const ALL = {
  textSize: 180, lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, font: 'Atkinson Hyperlegible',
  alignStart: true, highlightHeadings: true, highlightLinks: true, theme: 'contrast', saturation: 'low', stopAnimations: true,
  muteMedia: true, hideImages: true, readingGuide: true, readingMask: true, focusHighlight: true, bigCursor: true, readAloud: true,
  quickKeys: true, quickKeyMap: { j: 'heading' }, pageMapKey: 'Alt+Shift+M', followSystem: false,
};

it('a code carries every setting to another site and back unchanged', () => {
  const code = encode(ALL);
  assert.ok(code.startsWith(PREFIX));
  assert.match(code, /^CC1-[A-Za-z0-9_-]+$/, 'base64url: safe to paste anywhere');
  assert.deepEqual(decode(code), { settings: ALL });
  assert.ok(code.length < 400, `short enough to copy (${code.length})`);
});

it('no settings is a code too, and whitespace from copying is forgiven', () => {
  assert.deepEqual(decode(encode({})), { settings: {} });
  const code = encode({ lineHeight: 2 });
  assert.deepEqual(decode(`  ${code.slice(0, 6)}\n ${code.slice(6)} `), { settings: { lineHeight: 2 } });
});

it('this site\'s own switch (fixes off) does not travel', () => {
  assert.deepEqual(decode(encode({ fixesOff: true, muteMedia: true })), { settings: { muteMedia: true } });
});

it('bad codes say what is wrong', () => {
  assert.deepEqual(decode(''), { error: 'empty' });
  assert.deepEqual(decode('hello'), { error: 'prefix' });
  assert.deepEqual(decode('CC2-e30'), { error: 'version' });
  assert.deepEqual(decode('CC1-***'), { error: 'garbled' });
  assert.deepEqual(decode('CC1-' + Buffer.from('{"a":').toString('base64url')), { error: 'garbled' });
  assert.deepEqual(decode('CC1-' + Buffer.from('[1,2]').toString('base64url')), { error: 'garbled' });
  assert.deepEqual(decode('CC1-' + Buffer.from([0xff, 0xfe]).toString('base64url')), { error: 'garbled' });
});

it('only known settings with valid values are kept', () => {
  const dirty = {
    textSize: 900, lineHeight: '1.5', letterSpacing: 0.12, theme: 'neon', saturation: '__proto__', font: '"; } body { display: none',
    muteMedia: 'yes', hideImages: true, pageMapKey: 'Alt+Alt+Alt', quickKeyMap: { h: 'nowhere', j: 'button', g: 'off', toolong: 'heading' },
    followSystem: true, tracking: 'id-123', __proto__: { polluted: true },
  };
  assert.deepEqual(sanitize(dirty), { letterSpacing: 0.12, hideImages: true, quickKeyMap: { j: 'button', g: 'off' } });
  assert.deepEqual(sanitize({ pageMapKey: 'off' }), { pageMapKey: 'off' });
  assert.deepEqual(sanitize(null), {});
});
