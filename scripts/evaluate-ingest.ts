// npm run evaluate-ingest [-- --verbose] : runs the ingest (dry run) over the hand-labelled fixtures and scores each field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFiles } from '../src/ingest/run.ts';
import { evaluateSource, evaluateWarnings, newEvaluation, SCORED_FIELDS } from '../src/lib/ingest/evaluate.ts';

const dir = 'test/fixtures/ingest';
const verbose = process.argv.includes('--verbose');
const evaluation = newEvaluation();
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const path = join(dir, name);
  const expected = JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8'));
  const { contract, report } = await ingestFiles({ inputs: [path], contentDir: 'content', dryRun: true, json: true, force: false });
  evaluateSource(expected, contract, evaluation);
  const warningsFile = path.replace(/\.txt$/, '.expected-warnings.json');
  const expectedWarnings: Array<{ line: number; kind: string }> = existsSync(warningsFile) ? JSON.parse(readFileSync(warningsFile, 'utf8')) : [];
  const actualWarnings = report.flatMap((line) => {
    const m = /^.*?:(\d+): warning \((no-date|unknown-sender|ambiguous-date|unknown-symbol)\)/.exec(line);
    return m ? [{ line: Number(m[1]), kind: m[2]! }] : [];
  });
  evaluateWarnings(path, expectedWarnings, actualWarnings, evaluation);
}
process.stdout.write(`letters: ${evaluation.letters.found} found, ${evaluation.letters.expected} labelled\n`);
for (const field of [...SCORED_FIELDS, 'warnings']) {
  const { correct, total } = evaluation.fields[field]!;
  process.stdout.write(`${field.padEnd(12)} ${String(correct).padStart(3)}/${total}  ${((100 * correct) / total).toFixed(1)}%\n`);
}
if (verbose) for (const m of evaluation.mismatches) process.stdout.write(`${m.source}#${m.letter} ${m.field}\n  expected ${JSON.stringify(m.expected)}\n  actual   ${JSON.stringify(m.actual)}\n`);
