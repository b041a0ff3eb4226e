// npm run evaluate-ingest [-- --verbose] : runs the ingest (dry run) over the hand-labelled fixtures and scores each field.
import { evaluateFixtures } from '../src/ingest/evaluate-fixtures.ts';
import { SCORED_FIELDS } from '../src/lib/ingest/evaluate.ts';

const verbose = process.argv.includes('--verbose');
const evaluation = await evaluateFixtures('test/fixtures/ingest');
process.stdout.write(`letters: ${evaluation.letters.found} found, ${evaluation.letters.expected} labelled\n`);
for (const field of [...SCORED_FIELDS, 'warnings']) {
  const { correct, total } = evaluation.fields[field]!;
  process.stdout.write(`${field.padEnd(12)} ${String(correct).padStart(3)}/${total}  ${((100 * correct) / total).toFixed(1)}%\n`);
}
if (verbose) for (const m of evaluation.mismatches) process.stdout.write(`${m.source}#${m.letter} ${m.field}\n  expected ${JSON.stringify(m.expected)}\n  actual   ${JSON.stringify(m.actual)}\n`);
