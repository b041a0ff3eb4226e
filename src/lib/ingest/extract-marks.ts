import { findCitations } from './find-citations.ts';
import { findDates, removeOverlaps } from './find-dates.ts';
import { findOrganisations, findPeople, type EntityContext } from './find-entities.ts';
import { flattenText, originalSpan } from './flat-text.ts';
import type { Mark } from './write-mdx.ts';

/** A warning about a place in the text, by offset within the text. */
export interface TextWarning {
  offset: number;
  kind: 'ambiguous-date' | 'unknown-symbol';
  message: string;
}

/** The marks of one letter's text, with what the contract reports in order of first mention. */
export interface Extraction {
  marks: Mark[];
  documents: string[];
  people: string[];
  dates: string[];
  organisations: string[];
  warnings: TextWarning[];
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Finds documents, dates, people and organisations in a letter's text and turns them into marks.
 * `analysed` is the text with the lines not to search (masthead, print-shop lines) blanked out, same length.
 */
export function extractMarks(analysed: string, context: EntityContext, signatories: readonly { id: string; name: string }[], ignoreSymbols: ReadonlySet<string>): Extraction {
  const flat = flattenText(analysed);
  const { citations, warnings: citationWarnings } = findCitations(flat.text, ignoreSymbols);
  const { dates, warnings: dateWarnings } = findDates(flat.text);
  const people = findPeople(flat.text, context, signatories);
  const organisations = findOrganisations(flat.text, context);
  // Priority on overlap: a citation's words ("Security Council resolution 1244 (1999)") are not also an organisation.
  const ranked: Array<Mark & { rank: number }> = [
    ...citations.map((c) => ({ start: c.start, end: c.end, tag: 'DocRef' as const, attribute: 'symbol' as const, value: c.symbol, rank: 0 })),
    ...dates.map((d) => ({ start: d.start, end: d.end, tag: 'DateRef' as const, attribute: 'date' as const, value: d.iso, rank: 1 })),
    ...people.map((p) => ({ start: p.start, end: p.end, tag: 'PersonRef' as const, attribute: 'id' as const, value: p.id, rank: 2 })),
    ...organisations.map((o) => ({ start: o.start, end: o.end, tag: 'OrgRef' as const, attribute: 'id' as const, value: o.id, rank: 3 })),
  ];
  const kept: typeof ranked = [];
  for (const mark of [...ranked].sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    if (!kept.some((k) => mark.start < k.end && k.start < mark.end)) kept.push(mark);
  }
  const marks = removeOverlaps(kept).map(({ rank: _rank, ...mark }) => {
    const [start, end] = originalSpan(flat, mark.start, mark.end);
    return { ...mark, start, end };
  });
  const values = (tag: Mark['tag']) => unique(marks.filter((m) => m.tag === tag).map((m) => m.value));
  return {
    marks,
    documents: values('DocRef'),
    people: values('PersonRef'),
    dates: values('DateRef'),
    organisations: values('OrgRef'),
    warnings: [
      ...citationWarnings.map((w) => ({ offset: flat.origin[w.offset] ?? 0, kind: 'unknown-symbol' as const, message: w.message })),
      ...dateWarnings.map((w) => ({ offset: flat.origin[w.offset] ?? 0, kind: 'ambiguous-date' as const, message: w.message })),
    ],
  };
}
