// Tests of rows of the APG keyboard tables (design note §3): apg(engine, rowId, title, fn) runs
// one row's test; support/apg-rows.json lists every row the runtime implements, and
// coverage.test.mjs fails on a listed row that no test names, or a test naming an unlisted row.
import { it } from 'node:test';

/** A test of one APG keyboard-table row. */
export function apg(engine, row, title, fn) {
  return it(`[apg ${row}] ${title}`, fn);
}
