// Tests of rows of the APG keyboard tables (design note §3): apg(engine, rowId, title, fn) runs
// one row's test; APG_ROWS lists every row the runtime implements, and the coverage test fails
// on a row that no test names.
import { it } from 'node:test';

/** A test of one APG keyboard-table row. */
export function apg(engine, row, title, fn) {
  return it(`[apg ${row}] ${title}`, fn);
}
