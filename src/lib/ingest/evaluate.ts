import type { ContractLetter } from './contract.ts';

/** The contract's fields that the evaluation scores, each compared per letter as a whole and item by item. */
export const SCORED_FIELDS = ['date', 'senders', 'recipients', 'documents', 'people', 'dates', 'enclosures', 'enclosedIn'] as const;

/** One field of one letter that differs from the hand label. */
export interface FieldMismatch {
  source: string;
  letter: number;
  field: string;
  expected: unknown;
  actual: unknown;
}

/** Items of one field over a set: found and labelled (true positive), found only (false positive), labelled only (false negative). */
export interface ItemCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Per field: how many letters match their hand label exactly, out of how many, and the item counts behind precision and recall. */
export interface Evaluation {
  letters: { expected: number; found: number };
  fields: Record<string, { correct: number; total: number }>;
  items: Record<string, ItemCounts>;
  mismatches: FieldMismatch[];
}

/** Precision, recall and F1 of one field; a field with nothing labelled and nothing found scores 1. */
export function scoreItems({ truePositives: tp, falsePositives: fp, falseNegatives: fn }: ItemCounts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A field's value as a list of comparable items: a null scalar is no item, a sender is its name and role. */
function itemsOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

/** Adds one letter's field to the item counts, each labelled item matched at most once. */
function countItems(want: unknown, have: unknown, into: ItemCounts): void {
  const left = itemsOf(want);
  let matched = 0;
  for (const item of itemsOf(have)) {
    const at = left.indexOf(item);
    if (at < 0) into.falsePositives++;
    else {
      left.splice(at, 1);
      matched++;
    }
  }
  into.truePositives += matched;
  into.falseNegatives += left.length;
}

/** Enclosure links by position in the file's array, so that ids need not agree. */
function linkPositions(letters: readonly ContractLetter[]) {
  const position = new Map(letters.map((l, i) => [l.id, i]));
  return letters.map((l) => ({ enclosures: l.enclosures.map((id) => position.get(id) ?? id), enclosedIn: l.enclosedIn === null ? null : (position.get(l.enclosedIn) ?? l.enclosedIn) }));
}

/** Compares the ingest's contract output for one source with its hand labels, letter by letter in order. */
export function evaluateSource(expected: readonly ContractLetter[], actual: readonly ContractLetter[], into: Evaluation): void {
  into.letters.expected += expected.length;
  into.letters.found += actual.length;
  const expectedLinks = linkPositions(expected);
  const actualLinks = linkPositions(actual);
  const link = (field: string) => field === 'enclosures' || field === 'enclosedIn';
  expected.forEach((label, index) => {
    const got = actual[index];
    for (const field of SCORED_FIELDS) {
      const want = link(field) ? expectedLinks[index]![field as 'enclosures'] : label[field];
      const have = got ? (link(field) ? actualLinks[index]![field as 'enclosures'] : got[field]) : undefined;
      const score = (into.fields[field] ??= { correct: 0, total: 0 });
      countItems(want, have, (into.items[field] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
      score.total++;
      if (JSON.stringify(want) === JSON.stringify(have)) score.correct++;
      else into.mismatches.push({ source: label.source, letter: index, field, expected: want, actual: have });
    }
  });
  // Letters the ingest found beyond the labelled ones: everything in them is a false positive.
  actual.slice(expected.length).forEach((extra, offset) => {
    for (const field of SCORED_FIELDS) {
      const have = link(field) ? actualLinks[expected.length + offset]![field as 'enclosures'] : extra[field];
      countItems(undefined, have, (into.items[field] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    }
    into.mismatches.push({ source: extra.source, letter: expected.length + offset, field: 'letter', expected: undefined, actual: extra.id });
  });
}

/** An empty evaluation to add sources to. */
export function newEvaluation(): Evaluation {
  return { letters: { expected: 0, found: 0 }, fields: {}, items: {}, mismatches: [] };
}

/** Compares a source's warnings (line and kind, in line order) with its labelled warnings; scored as one "warnings" field per source. */
export function evaluateWarnings(source: string, expected: ReadonlyArray<{ line: number; kind: string }>, actual: ReadonlyArray<{ line: number; kind: string }>, into: Evaluation): void {
  const order = (list: ReadonlyArray<{ line: number; kind: string }>) => [...list].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind)).map((w) => ({ line: w.line, kind: w.kind }));
  const want = order(expected);
  const have = order(actual);
  const score = (into.fields.warnings ??= { correct: 0, total: 0 });
  countItems(want, have, (into.items.warnings ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
  score.total++;
  if (JSON.stringify(want) === JSON.stringify(have)) score.correct++;
  else into.mismatches.push({ source, letter: -1, field: 'warnings', expected: want, actual: have });
}
