// Pure logic of the shortcuts (layer L0): parsing, matching and the R5 scoping rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCombo, formatCombo, matches, quickKeyAllowed, effectiveQuickKeys, QUICK_KEYS } from '../../main/js/keys.js';

const key = (code, key, mods = {}) => ({ code, key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods,
  composedPath: () => [mods.target || { nodeType: 1, closest: () => null }], target: mods.target });

test('combinations parse in any case and order, and "off" means none', () => {
  assert.deepEqual(parseCombo('Alt+1'), { alt: true, ctrl: false, meta: false, shift: false, key: '1' });
  assert.deepEqual(parseCombo('shift + ALT + m'), { alt: true, ctrl: false, meta: false, shift: true, key: 'm' });
  assert.deepEqual(parseCombo('Option+Cmd+k'), { alt: true, ctrl: false, meta: true, shift: false, key: 'k' });
  for (const off of ['off', 'none', 'false', '', null, 'Alt+', 'Alt+F12', 'Alt+1+2']) assert.equal(parseCombo(off), null, String(off));
});

test('combinations are written as aria-keyshortcuts spells them', () => {
  assert.equal(formatCombo(parseCombo('alt+1')), 'Alt+1');
  assert.equal(formatCombo(parseCombo('shift+ctrl+m')), 'Control+Shift+M');
});

test('a combination matches by physical key, with exactly its modifiers', () => {
  const altOne = parseCombo('Alt+1');
  assert.equal(matches(altOne, key('Digit1', '¡', { altKey: true })), true, 'Alt+1 on a Mac types ¡');
  assert.equal(matches(altOne, key('Digit1', '1')), false, 'no Alt');
  assert.equal(matches(altOne, key('Digit1', '!', { altKey: true, shiftKey: true })), false, 'an extra Shift');
  assert.equal(matches(altOne, key('Digit2', '2', { altKey: true })), false);
  assert.equal(matches(null, key('Digit1', '1', { altKey: true })), false);
});

test('quick keys never act with a modifier, while composing, after the page handled the key, or where typing happens', () => {
  const plain = { nodeType: 1, closest: () => null };
  const never = () => false;
  assert.equal(quickKeyAllowed(key('KeyH', 'h', { target: plain }), never), true);
  assert.equal(quickKeyAllowed(key('KeyH', 'H', { shiftKey: true, target: plain }), never), true, 'Shift goes backwards');
  for (const mod of ['altKey', 'ctrlKey', 'metaKey']) assert.equal(quickKeyAllowed(key('KeyH', 'h', { [mod]: true, target: plain }), never), false, mod);
  assert.equal(quickKeyAllowed(key('KeyH', 'h', { isComposing: true, target: plain }), never), false);
  assert.equal(quickKeyAllowed(key('KeyH', 'Process', { keyCode: 229, target: plain }), never), false);
  assert.equal(quickKeyAllowed(key('KeyH', 'h', { defaultPrevented: true, target: plain }), never), false);
  assert.equal(quickKeyAllowed(key('KeyH', 'h', { target: plain }), () => true), false, 'in an editable field');
  const inListbox = { nodeType: 1, closest: (s) => (s.includes('[role=listbox]') ? {} : null) };
  assert.equal(quickKeyAllowed(key('KeyH', 'h', { target: inListbox }), never), false, 'inside a widget with type-ahead');
});

test('a remapped target loses its default letter; "off" silences a key; digits stay', () => {
  assert.deepEqual(effectiveQuickKeys(undefined), QUICK_KEYS);
  assert.deepEqual(effectiveQuickKeys({}), QUICK_KEYS);
  const j = effectiveQuickKeys({ j: 'heading' });
  assert.equal(j.j, 'heading');
  assert.equal(j.h, undefined, 'H no longer moves to headings');
  assert.equal(j[3], 'heading3', 'heading levels keep their digits');
  const swapped = effectiveQuickKeys({ g: 'heading', h: 'graphic' });
  assert.deepEqual([swapped.g, swapped.h], ['heading', 'graphic']);
  const off = effectiveQuickKeys({ g: 'off' });
  assert.equal(off.g, undefined);
  assert.equal(Object.values(off).includes('graphic'), false, 'no key moves to images');
  assert.equal(off.h, 'heading');
});
