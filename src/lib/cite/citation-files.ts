import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { splitIsoDate, formatDate } from '../model/dates.ts';
import { ARCHIVE_NAME, GENRE_NAMES, splitName, type CitedParty, type LetterReference } from './letter-reference.ts';

/** A reference in CSL-JSON, the data model every citation manager reads. */
export type CslItem = Record<string, unknown>;

function cslName(party: CitedParty): Record<string, string> {
  if (party.kind !== 'person') return { literal: party.name };
  const { given, family } = splitName(party.name, party.familyName ?? null);
  return { given, family };
}

/** A letter as a CSL-JSON item: a report with its number when issued as a UN document, else a letter (personal communication). */
export function cslItem(ref: LetterReference): CslItem {
  const item: CslItem = {
    id: ref.id,
    // BibTeX keys take no hyphens: the id with underscores is unique and readable.
    'citation-key': ref.id.replace(/-/g, '_'),
    type: ref.symbol ? 'report' : 'personal_communication',
    genre: GENRE_NAMES[ref.kind],
    title: ref.title,
    author: ref.authors.map(cslName),
    recipient: ref.recipients.map(cslName),
    issued: ref.date ? { 'date-parts': [Object.values(splitIsoDate(ref.date))] } : undefined,
    note: ref.date ? undefined : `Undated${ref.dateEstimate ? `; estimated ${formatDate(ref.dateEstimate)}` : ''}`,
    number: ref.symbol ?? undefined,
    publisher: ref.symbol ? 'United Nations' : undefined,
    'publisher-place': ref.place ?? undefined,
    archive: ARCHIVE_NAME,
    URL: ref.url,
    language: 'en',
  };
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}

/** The citation files published beside each letter's page, with the media type of each. */
export const CITATION_FILES = {
  'cite.bib': 'application/x-bibtex; charset=utf-8',
  'cite.ris': 'application/x-research-info-systems; charset=utf-8',
  'cite.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;

/** The name of one of a letter's citation files. */
export type CitationFileName = keyof typeof CITATION_FILES;

/**
 * The three citation files of a letter, converted by Citation.js. Its RIS writer breaks values every 70
 * characters, even inside a word, which readers join back with a space; the RIS records it makes are
 * written here one tag a line instead.
 */
export function citationFiles(item: CslItem): Record<CitationFileName, string> {
  const cite = new Cite(item);
  const records = cite.format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  return {
    'cite.bib': `${String(cite.format('bibtex')).trim()}\n`,
    'cite.ris': records.map(writeRisRecord).join('\n'),
    'cite.json': `${String(cite.format('data', { format: 'text' }))}\n`,
  };
}

/** One RIS record: TY first, every other tag one value a line, ER last. */
export function writeRisRecord(record: Record<string, string | string[]>): string {
  const lines = [`TY  - ${record.TY}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY') continue;
    for (const one of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
