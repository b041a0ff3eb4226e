import { findDates } from './find-dates.ts';
import { isDateLine } from './segment.ts';
import { DISTRIBUTION, LETTER_TITLE, NOTE_VERBALE, ORIGINAL_LANGUAGE, SALUTATION } from './patterns.ts';
import { parseSymbol } from '../../schema/symbols.ts';

/** A source line with its 1-based number. */
export interface NumberedLine {
  n: number;
  text: string;
}

/** What the top of a letter tells: masthead, title, date line, place, letterhead, salutation. */
export interface LetterHeader {
  /** The symbol of a UN document masthead (S/2010/24), or null. */
  symbol: string | null;
  /** The document title as written ("Letter dated 2 March 2012 from ... addressed to ..."), joined into one line. */
  title: string | null;
  date: string | null;
  /** The line the date was read from, as written. */
  dateLine: string | null;
  dateLineNumber: number | null;
  place: string | null;
  /** Letterhead in capitals ("THE PRESIDENT OF THE GENERAL ASSEMBLY"), or null. */
  letterhead: string | null;
  salutation: string | null;
  /** First line of the title, or 0 when there is none. */
  titleStartLine: number;
  /** Last line of the title, or 0 when there is none. */
  titleEndLine: number;
  /** For a note verbale: who presents its compliments, and to whom. */
  noteVerbale: { from: string; to: string } | null;
  /** First line of the running text: after the salutation, else after the title, date line and letterhead. */
  bodyStartLine: number;
  /** Every symbol of the masthead (a joint General Assembly and Security Council document has two). */
  jointSymbols: string[];
  /** Lines of the masthead, which are not searched for citations. */
  mastheadLines: Set<number>;
  warnings: Array<{ line: number; kind: 'ambiguous-date'; message: string }>;
}

const HEADER_DEPTH = 30;
/** A title's lines are a heading's: a longer line is text (or a flattened letter's), never part of the title. */
const TITLE_LINE = 200;

/** Reads the header of one letter from its first lines. */
export function readHeader(lines: readonly NumberedLine[]): LetterHeader {
  const header: LetterHeader = {
    symbol: null, title: null, date: null, dateLine: null, dateLineNumber: null, place: null,
    letterhead: null, salutation: null, noteVerbale: null, mastheadLines: new Set(), warnings: [],
    bodyStartLine: lines[0]?.n ?? 1, titleStartLine: 0, titleEndLine: 0, jointSymbols: [],
  };
  let headerEnd = 0;
  const top = lines.filter((l) => l.text.trim()).slice(0, HEADER_DEPTH);
  readMasthead(top, header);
  for (const line of top) {
    const text = line.text.trim();
    if (header.mastheadLines.has(line.n)) continue;
    if (!header.salutation && SALUTATION.test(text)) {
      header.salutation = text.replace(/[,:]\s*$/, '');
      header.bodyStartLine = line.n + 1;
    }
    if (!header.noteVerbale) {
      const nv = NOTE_VERBALE.exec(text);
      if (nv) header.noteVerbale = { from: nv[1]!.replace(/\s+/g, ' '), to: nv[2]!.replace(/\s+/g, ' ') };
    }
    if (!header.letterhead && !header.dateLine && /^[A-Z][A-Z .,'’()-]{8,}$/.test(text) && /[A-Z]{3}/.test(text)) header.letterhead = text;
    // Under the title, a date alone on a line that carries on the sentence above it ("adopted on / 20 December 2012.") is running text.
    const carriesOn = header.titleEndLine > 0 && line.n > header.titleEndLine + 1 && /[\p{Ll},]$/u.test(top[top.indexOf(line) - 1]?.text.trim() ?? '');
    if (!header.dateLine && isDateLine(text) && !carriesOn) {
      const found = findDates(text).dates[0]!;
      header.dateLine = text;
      header.dateLineNumber = line.n;
      header.place = text.slice(0, found.start).replace(/,\s*$/, '').trim() || null;
      header.date ??= found.iso;
      // A note verbale dated at its foot ("New York, 14 March 2017" under the closing) has its text above that line.
      if (!header.noteVerbale) headerEnd = Math.max(headerEnd, line.n);
    }
    if (header.letterhead === text) headerEnd = Math.max(headerEnd, line.n);
    if (!header.dateLine && /^\s*(?:[\p{L} .]{2,30},\s*)?\d{1,2}[./]\d{1,2}[./]\d{4}\s*$/u.test(text)) {
      const { warnings } = findDates(text);
      for (const w of warnings) header.warnings.push({ line: line.n, kind: 'ambiguous-date', message: w.message });
    }
  }
  if (!header.dateLine) readFootDate(lines, header);
  for (const n of header.mastheadLines) headerEnd = Math.max(headerEnd, n);
  if (!header.salutation) header.bodyStartLine = Math.max(header.bodyStartLine, headerEnd + 1, header.titleEndLine + 1);
  return header;
}

/** Reads a UN document masthead (symbol, distribution, date of issue, language) and the letter's title. */
function readMasthead(top: readonly NumberedLine[], header: LetterHeader): void {
  // The symbol stands first, or under "United Nations": "S/2016/1102*" (reissued) and joint symbols "A/66/731–S/2012/176": the first symbol names the document.
  const symbolOf = (line: NumberedLine | undefined) => (line ? parseSymbol(line.text.trim().replace(/\*+$/, '').split(/\s*[–—-]\s*(?=[A-Z]{1,6}\/)/)[0]!) : null);
  const first = top.slice(0, 3).find((l) => symbolOf(l) && l.text.includes('/'));
  const symbol = symbolOf(first);
  const hasDistribution = top.some((l) => DISTRIBUTION.test(l.text));
  if (symbol && /\//.test(first!.text) && (hasDistribution || symbol.kind === 'other')) {
    header.symbol = symbol.symbol;
    header.jointSymbols = first!.text.trim().replace(/\*+$/, '').split(/\s*[–—-]\s*(?=[A-Z]{1,6}\/)/).map((raw) => parseSymbol(raw)?.symbol).filter((x): x is string => Boolean(x));
    header.mastheadLines.add(first!.n);
  }
  // A title stands above the salutation: "Letter dated ..." under it is the running text speaking of another letter.
  const salutationIndex = top.findIndex((l) => SALUTATION.test(l.text.trim()));
  const titleIndex = top.findIndex((l, i) => LETTER_TITLE.test(l.text) && (salutationIndex < 0 || i < salutationIndex));
  if (header.symbol || hasDistribution) {
    const end = titleIndex >= 0 ? titleIndex : top.findIndex((l) => DISTRIBUTION.test(l.text)) + 4;
    for (const line of top.slice(0, Math.max(0, end))) {
      if (DISTRIBUTION.test(line.text) || ORIGINAL_LANGUAGE.test(line.text) || isDateLine(line.text) || /^\s*(?:United Nations|General Assembly|Security Council|Economic and Social Council|[A-Z]\/[\w/.-]+)\s*$/.test(line.text)) {
        header.mastheadLines.add(line.n);
      }
    }
  }
  if (titleIndex < 0) return;
  const titleLines = [top[titleIndex]!];
  for (const next of top.slice(titleIndex + 1, titleIndex + 5)) {
    if (next.text.trim().length > TITLE_LINE) break;
    const sofar = titleLines.map((l) => l.text.trim()).join(' ');
    const unfinished = !/\b(?:addressed\s+to|to)\s+(?:the\s+)?[A-Z]\S*/.test(sofar.replace(/^.*?\bfrom\b/i, '')) || /\b(?:the|of|to|and|from|addressed|for|on)\s*$/i.test(sofar) || /^[a-z(]/.test(next.text.trim());
    if (!unfinished) break;
    titleLines.push(next);
  }
  // A footnote's mark after the title ("... to the Secretary-General *": reissued for technical reasons) is not the title's; the apparatus keeps it as printed.
  header.title = titleLines.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ').replace(/\s*\*+$/, '');
  header.titleStartLine = titleLines[0]!.n;
  header.titleEndLine = titleLines.at(-1)!.n;
  const dated = findDates(header.title).dates[0];
  if (dated) header.date = dated.iso;
}

/** A date line at the foot of the letter, as notes verbales have it ("New York, 14 March 2017"). */
function readFootDate(lines: readonly NumberedLine[], header: LetterHeader): void {
  const foot = lines.filter((l) => l.text.trim()).slice(-6);
  const line = foot.find((l) => isDateLine(l.text));
  if (!line) return;
  const text = line.text.trim();
  const found = findDates(text).dates[0]!;
  header.dateLine = text;
  header.dateLineNumber = line.n;
  header.place = text.slice(0, found.start).replace(/,\s*$/, '').trim() || null;
  header.date ??= found.iso;
}
