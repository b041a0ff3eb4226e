import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/run.ts';
import { evaluateSource, evaluateWarnings, newEvaluation, type Evaluation } from '../../src/lib/ingest/evaluate.ts';

const dir = 'test/fixtures/ingest';

async function evaluateFixtures(): Promise<Evaluation> {
  const evaluation = newEvaluation();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(dir, name);
    const expected = JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8'));
    const { contract, report } = await ingestFiles({ inputs: [path], contentDir: 'content', dryRun: true, json: true, force: false });
    evaluateSource(expected, contract, evaluation);
    const labelled = path.replace(/\.txt$/, '.expected-warnings.json');
    const actual = report.flatMap((line) => {
      const m = /^.*?:(\d+): warning \((no-date|unknown-sender|ambiguous-date|unknown-symbol)\)/.exec(line);
      return m ? [{ line: Number(m[1]), kind: m[2]! }] : [];
    });
    evaluateWarnings(path, existsSync(labelled) ? JSON.parse(readFileSync(labelled, 'utf8')) : [], actual, evaluation);
  }
  return evaluation;
}

const accuracy = (evaluation: Evaluation, field: string) => evaluation.fields[field]!.correct / evaluation.fields[field]!.total;
const mismatches = (evaluation: Evaluation, field: string) => evaluation.mismatches.filter((m) => m.field === field);

describe('the ingest, measured against the hand-labelled fixtures', async () => {
  const evaluation = await evaluateFixtures();

  it('finds exactly the letters that were labelled', () => {
    expect(evaluation.letters.found).toBe(evaluation.letters.expected);
    expect(evaluation.letters.expected).toBeGreaterThanOrEqual(30);
  });

  it.each(['date', 'senders', 'recipients', 'documents', 'dates', 'enclosures', 'enclosedIn', 'warnings'])(
    'gets the %s of every letter right',
    (field) => {
      expect(mismatches(evaluation, field)).toEqual([]);
    },
  );

  it('names at least nine in ten letters\' people exactly (names with no honorific and no record are the known gap)', () => {
    expect(accuracy(evaluation, 'people')).toBeGreaterThanOrEqual(0.9);
  });
});
