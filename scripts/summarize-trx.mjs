// Adds up the counters of every .trx file in a folder and prints "N passed, N failed[, N skipped]".
// Exits 1 when a test failed or no results were found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const files = readdirSync(folder).filter((f) => f.endsWith('.trx'));
const totals = { passed: 0, failed: 0, skipped: 0 };
// Tests report what they tried (generated inputs, injected faults, races) as "[tally] ..." lines.
const tallies = [];
for (const file of files) {
  const text = readFileSync(join(folder, file), 'utf8');
  const counters = /<Counters\b([^>]*)\/?>/.exec(text);
  if (!counters) {
    console.error(`${file}: no <Counters> element`);
    totals.failed += 1;
    continue;
  }
  for (const match of text.matchAll(/\[tally\] ([^\r\n<]*)/g)) {
    tallies.push(match[1].replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
  }
  const read = (name) => Number((new RegExp(`\\b${name}="(\\d+)"`).exec(counters[1]) ?? [0, 0])[1]);
  totals.passed += read('passed');
  totals.failed += read('failed') + read('error') + read('timeout') + read('aborted');
  totals.skipped += read('notExecuted');
}
if (files.length === 0) {
  console.error(`no test results in ${folder}`);
  totals.failed += 1;
}
for (const tally of tallies.sort()) {
  console.log(`  ${tally}`);
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
