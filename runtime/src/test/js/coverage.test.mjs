// APG row coverage (design note §4.3, L1: "one test per documented row, with a coverage report
// that fails on untested rows"): every row in support/apg-rows.json has at least one apg(…) test,
// and every apg(…) test names a listed row. Row ids are read from the test files' text, so they
// must be written as string literals.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const listed = JSON.parse(await readFile(path.join(here, 'support/apg-rows.json'), 'utf8')).rows.map((r) => r.id);
const files = (await readdir(here)).filter((f) => f.endsWith('.test.mjs') && f !== 'coverage.test.mjs');
const named = new Map(); // row → test files naming it
const unreadable = [];
for (const f of files) {
  const text = await readFile(path.join(here, f), 'utf8');
  const calls = text.match(/\bapg\(/g) || [];
  const rows = [...text.matchAll(/\bapg\(\s*(?:engine\s*,\s*)?'([^']+)'/g)].map((m) => m[1]);
  if (calls.length !== rows.length) unreadable.push(`${f}: ${calls.length - rows.length} apg( call(s) without a literal row id`);
  for (const r of rows) named.set(r, [...(named.get(r) || []), f]);
}

it('every apg(…) test names its row with a string literal', () => {
  assert.deepEqual(unreadable, []);
});

it('every row in apg-rows.json has a test, and every test names a listed row', () => {
  const untested = listed.filter((r) => !named.has(r));
  const unlisted = [...named.keys()].filter((r) => !listed.includes(r));
  console.log(`APG rows covered: ${listed.length - untested.length} of ${listed.length} listed, in ${files.length} test files`);
  assert.deepEqual(untested, [], 'rows without a test');
  assert.deepEqual(unlisted, [], 'tests naming rows that are not in support/apg-rows.json');
  assert.equal(new Set(listed).size, listed.length, 'no row listed twice');
});
