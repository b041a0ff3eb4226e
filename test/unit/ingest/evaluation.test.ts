import { describe, expect, it } from 'vitest';
import { evaluateFixtures } from '../../../src/ingest/evaluate-fixtures.ts';
import type { Evaluation } from '../../../src/lib/ingest/evaluate.ts';
import { projectRoot } from '../../support/paths.ts';

const accuracy = (evaluation: Evaluation, field: string) => evaluation.fields[field]!.correct / evaluation.fields[field]!.total;
const mismatches = (evaluation: Evaluation, field: string) => evaluation.mismatches.filter((m) => m.field === field);

describe('the ingest, measured against the hand-labelled fixtures', async () => {
  const evaluation = await evaluateFixtures(`${projectRoot}test/fixtures/ingest`);

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
