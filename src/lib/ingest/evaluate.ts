import type { ContractLetter } from './contract.ts';

/** The contract's fields that the evaluation scores, each compared as a whole per letter. */
export const SCORED_FIELDS = ['date', 'senders', 'recipients', 'documents', 'people', 'dates', 'enclosures', 'enclosedIn'] as const;

/** One field of one letter that differs from the hand label. */
export interface FieldMismatch {
  source: string;
  letter: number;
  field: string;
  expected: unknown;
  actual: unknown;
}

/** Per field: how many letters match their hand label exactly, out of how many. */
export interface Evaluation {
  letters: { expected: number; found: number };
  fields: Record<string, { correct: number; total: number }>;
  mismatches: FieldMismatch[];
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
  expected.forEach((label, index) => {
    const got = actual[index];
    for (const field of SCORED_FIELDS) {
      const want = field === 'enclosures' || field === 'enclosedIn' ? expectedLinks[index]![field] : label[field];
      const have = got ? (field === 'enclosures' || field === 'enclosedIn' ? actualLinks[index]![field] : got[field]) : undefined;
      const score = (into.fields[field] ??= { correct: 0, total: 0 });
      score.total++;
      if (JSON.stringify(want) === JSON.stringify(have)) score.correct++;
      else into.mismatches.push({ source: label.source, letter: index, field, expected: want, actual: have });
    }
  });
}

/** An empty evaluation to add sources to. */
export function newEvaluation(): Evaluation {
  return { letters: { expected: 0, found: 0 }, fields: {}, mismatches: [] };
}

/** Compares a source's warnings (line and kind, in line order) with its labelled warnings; scored as one "warnings" field per source. */
export function evaluateWarnings(source: string, expected: ReadonlyArray<{ line: number; kind: string }>, actual: ReadonlyArray<{ line: number; kind: string }>, into: Evaluation): void {
  const order = (list: ReadonlyArray<{ line: number; kind: string }>) => [...list].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind)).map((w) => ({ line: w.line, kind: w.kind }));
  const want = order(expected);
  const have = order(actual);
  const score = (into.fields.warnings ??= { correct: 0, total: 0 });
  score.total++;
  if (JSON.stringify(want) === JSON.stringify(have)) score.correct++;
  else into.mismatches.push({ source, letter: -1, field: 'warnings', expected: want, actual: have });
}
