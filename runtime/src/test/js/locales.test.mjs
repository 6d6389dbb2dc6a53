// Every English message of the runtime (core, panel, page adjustments) exists in every shipped
// locale, with the same placeholders, and the locales hold no message the runtime does not use.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGLISH, LOCALES } from '../../main/js/i18n.js';
import { PANEL_ENGLISH } from '../../main/js/panel.js';
import { DOM_ENGLISH } from '../../main/js/adjust-dom.js';

const ALL = { ...ENGLISH, ...PANEL_ENGLISH, ...DOM_ENGLISH };
const placeholders = (s) => (s.match(/\{\d\}/g) || []).sort().join();

for (const lang of LOCALES) {
  const table = JSON.parse(readFileSync(new URL(`../../main/resources/META-INF/resources/curbcut/locales/${lang}.json`, import.meta.url), 'utf8'));

  it(`${lang}: every English key is translated, with the same placeholders`, () => {
    const missing = Object.keys(ALL).filter((k) => typeof table[k] !== 'string' || !table[k].trim());
    assert.deepEqual(missing, []);
    const wrong = Object.keys(ALL).filter((k) => placeholders(table[k]) !== placeholders(ALL[k]));
    assert.deepEqual(wrong, []);
  });

  it(`${lang}: no key the runtime does not have`, () => {
    assert.deepEqual(Object.keys(table).filter((k) => !(k in ALL)), []);
  });
}

it('no message names a disability or a "mode" for screen readers, or claims compliance', () => {
  const text = Object.values(ALL).join('\n');
  assert.doesNotMatch(text, /\bblind|seizure|epilep|dyslex|ADHD|cognitive|screen[- ]reader mode|compliant|compliance|certified/i);
});
