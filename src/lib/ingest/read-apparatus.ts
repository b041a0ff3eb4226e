import type { Apparatus } from '../../schema/apparatus.ts';
import { parseSymbol } from '../../schema/symbols.ts';
import { findDates } from './find-dates.ts';
import { DISTRIBUTION } from './patterns.ts';
import type { LetterHeader, NumberedLine } from './read-header.ts';
import { isDateLine } from './segment.ts';

/** The print shop's job number, with its language and date stamps: "12-25383 (E) 090312", "12-25383". */
const JOB_NUMBER = /^\d{2}-\d{5}\*?(?:\s*\(E\))?(?:\s+\d{6})*$/;
/** The barcode printed under the job number: "*1225383*". */
const BARCODE = /^\*\d{7,}\*$/;
/** The print shop's date stamp alone on a line under the signature (day, month, year: "191217"). */
const PRINT_STAMP = /^\d{6}$/;
/** A page number at the foot of a page: "2", "2/5". */
const PAGE_NUMBER = /^\d{1,3}(?:\/\d{1,3})?$/;
/** A line that is nothing but a document symbol, as the top of every page repeats it ("S/2012/135", "A/66/731–S/2012/176"). */
const SYMBOL_ONLY = /^[A-Z]{1,6}\/[\w./*]+(?:\s*[–—-]\s*[A-Z]{1,6}\/[\w./*]+)*\*?$/;

/** A letter's apparatus and the lines (by number) that its text leaves out. */
export interface ReadApparatus {
  /** What the printed document says around the letter; null when the letter's lines hold no apparatus. */
  apparatus: Apparatus | null;
  /** The numbers of the lines that are apparatus, which the letter's text does not show. */
  omitted: Set<number>;
}

/** Where a letter stands in its document: its heading lines (an annex's "Annex"), and the symbols the document prints. */
export interface ApparatusContext {
  /** The line numbers of the segment's heading ("Annex", "Annex to the letter dated ..."). */
  headingLines: ReadonlySet<number>;
  /** The symbols of the document that carries the source (its masthead's), whose repetitions at the top of a page are apparatus. */
  documentSymbols: readonly string[];
}

/**
 * Reads the apparatus of a UN document around one letter: the masthead above its title (symbol, organ, session and
 * agenda lines, distribution, date of issue, original language), the title itself (the page's title), an annex's
 * heading, and the page furniture (job number, barcode, page numbers, the symbol repeated at the top of each page).
 * A letter that is not a UN document (no masthead, job number or barcode) has only its heading and title left out.
 */
export function readApparatus(lines: readonly NumberedLine[], header: LetterHeader, context: ApparatusContext): ReadApparatus {
  const omitted = new Set<number>(context.headingLines);
  const printed = context.documentSymbols.length > 0 || lines.some((l) => JOB_NUMBER.test(l.text.trim()) || BARCODE.test(l.text.trim()));
  for (const n of header.mastheadLines) omitted.add(n);
  if (header.titleStartLine > 0) {
    // Under a masthead, everything above the title is masthead: organ, session, agenda items, languages.
    if (header.mastheadLines.size) for (const l of lines) if (l.n < header.titleStartLine && l.text.trim()) omitted.add(l.n);
    for (let n = header.titleStartLine; n <= header.titleEndLine; n++) omitted.add(n);
  }
  if (printed) for (const l of lines) if (isFurniture(l.text.trim(), context.documentSymbols)) omitted.add(l.n);
  const kept = lines.filter((l) => omitted.has(l.n) && l.text.trim());
  if (!kept.length) return { apparatus: null, omitted };
  const masthead = lines.filter((l) => header.mastheadLines.has(l.n)).map((l) => l.text.trim());
  const texts = kept.map((l) => l.text.trim());
  const issuedLine = masthead.find((t) => isDateLine(t));
  return {
    omitted,
    apparatus: {
      distribution: masthead.find((t) => DISTRIBUTION.test(t))?.replace(DISTRIBUTION, '').trim() || null,
      issued: issuedLine ? (findDates(issuedLine).dates[0]?.iso ?? null) : null,
      originalLanguage: masthead.map((t) => /^Original\s*:\s*(.+)$/i.exec(t)?.[1]?.trim()).find(Boolean) ?? null,
      jobNumber: texts.find((t) => JOB_NUMBER.test(t)) ?? null,
      barcode: texts.find((t) => BARCODE.test(t)) ?? null,
      lines: kept.map((l) => ({ line: l.n, text: l.text.trim() })),
    },
  };
}

/** True for a line of page furniture: a job number, a barcode, a date stamp, a page number, or the document's own symbol alone. */
function isFurniture(text: string, documentSymbols: readonly string[]): boolean {
  if (JOB_NUMBER.test(text) || BARCODE.test(text) || PAGE_NUMBER.test(text) || PRINT_STAMP.test(text)) return true;
  if (!SYMBOL_ONLY.test(text)) return false;
  const first = parseSymbol(text.replace(/\*+$/, '').split(/\s*[–—-]\s*(?=[A-Z]{1,6}\/)/)[0]!)?.symbol;
  return first !== undefined && documentSymbols.includes(first);
}
