// npm run evaluate-ingest : runs the ingest (dry run) over each hand-labelled set, prints precision, recall and F1 per field, and lists every miss.
import { evaluateFixtures } from '../src/ingest/evaluate-fixtures.ts';
import { SCORED_FIELDS, scoreItems } from '../src/lib/ingest/evaluate.ts';

/** The labelled sets, scored apart: the one the ingest is developed against, and the one it is never tuned on. */
const SETS = [
  { name: 'development', dir: 'test/fixtures/ingest', warnings: true },
  { name: 'held out', dir: 'test/fixtures/ingest-heldout', warnings: false },
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const out = (line: string) => process.stdout.write(`${line}\n`);
for (const set of SETS.filter((s) => only.length === 0 || only.some((o) => s.dir.includes(o) || s.name.includes(o)))) {
  const evaluation = await evaluateFixtures(set.dir, { warnings: set.warnings });
  out(`\n== ${set.name} set (${set.dir}): ${evaluation.letters.expected} letters labelled, ${evaluation.letters.found} found`);
  out(`${'field'.padEnd(12)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}  items (found/labelled)  letters exact`);
  for (const field of [...SCORED_FIELDS, ...(set.warnings ? ['warnings'] : [])]) {
    const items = evaluation.items[field]!;
    const { precision, recall, f1 } = scoreItems(items);
    const { correct, total } = evaluation.fields[field]!;
    const counts = `${items.truePositives}+${items.falsePositives}/${items.truePositives + items.falseNegatives}`;
    out(`${field.padEnd(12)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${f1.toFixed(3).padStart(6)}  ${counts.padStart(22)}  ${correct}/${total}`);
  }
  out(`misses (${evaluation.mismatches.length}): field, file#letter, expected, found`);
  for (const m of evaluation.mismatches) out(`  ${m.field}  ${m.source}#${m.letter}\n    expected ${JSON.stringify(m.expected)}\n    found    ${JSON.stringify(m.actual)}`);
}
