import { describe, expect, it } from 'vitest';
import { evaluateFixtures } from '../../../src/ingest/evaluate-fixtures.ts';
import { evaluateSource, newEvaluation, scoreItems, type Evaluation } from '../../../src/lib/ingest/evaluate.ts';
import type { ContractLetter } from '../../../src/lib/ingest/contract.ts';
import { projectRoot } from '../../support/paths.ts';

const accuracy = (evaluation: Evaluation, field: string) => evaluation.fields[field]!.correct / evaluation.fields[field]!.total;
const mismatches = (evaluation: Evaluation, field: string) => evaluation.mismatches.filter((m) => m.field === field);
const f1 = (evaluation: Evaluation, field: string) => scoreItems(evaluation.items[field]!).f1;

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

  it('names at least nine in ten letters\' people exactly, and no one who is not a person', () => {
    expect(accuracy(evaluation, 'people')).toBeGreaterThanOrEqual(0.9);
    expect(scoreItems(evaluation.items.people!).precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the ingest, measured on the held-out letters it was not developed against', async () => {
  const evaluation = await evaluateFixtures(`${projectRoot}test/fixtures/ingest-heldout`, { warnings: false });

  it('meets the goals of issue 12: people F1 0.90 at precision 0.95, own date 0.97, senders 0.97, documents and dates 0.98', () => {
    expect(evaluation.letters.found).toBe(evaluation.letters.expected);
    expect(scoreItems(evaluation.items.people!).precision).toBeGreaterThanOrEqual(0.95);
    expect(f1(evaluation, 'people')).toBeGreaterThanOrEqual(0.9);
    expect(accuracy(evaluation, 'date')).toBeGreaterThanOrEqual(0.97);
    expect(f1(evaluation, 'senders')).toBeGreaterThanOrEqual(0.97);
    expect(f1(evaluation, 'documents')).toBeGreaterThanOrEqual(0.98);
    expect(f1(evaluation, 'dates')).toBeGreaterThanOrEqual(0.98);
  });
});

describe('precision, recall and F1', () => {
  const letter = (people: string[], date: string | null = '2015-12-14'): ContractLetter => ({
    source: 'x.txt', id: 'x', date, senders: [], recipients: [], documents: [], people, dates: [], enclosures: [], enclosedIn: null,
  });

  it('counts each labelled item found once, each item found but not labelled, and each labelled item missed', () => {
    const evaluation = newEvaluation();
    evaluateSource([letter(['A B', 'C D', 'E F'])], [letter(['A B', 'G H'])], evaluation);
    expect(evaluation.items.people).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 2 });
    expect(scoreItems(evaluation.items.people!)).toEqual({ precision: 0.5, recall: 1 / 3, f1: 0.4 });
  });

  it('scores a date read wrongly as one found that is not labelled and one labelled that is missed', () => {
    const evaluation = newEvaluation();
    evaluateSource([letter([], '2015-12-14'), letter([], null)], [letter([], '2015-12-15'), letter([], null)], evaluation);
    expect(evaluation.items.date).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(evaluation.fields.date).toEqual({ correct: 1, total: 2 });
  });

  it('scores a field with nothing labelled and nothing found as perfect, and lists each miss with its file', () => {
    const evaluation = newEvaluation();
    evaluateSource([letter([])], [letter(['X Y'])], evaluation);
    expect(scoreItems({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(evaluation.mismatches).toEqual([{ source: 'x.txt', letter: 0, field: 'people', expected: [], actual: ['X Y'] }]);
  });
});
