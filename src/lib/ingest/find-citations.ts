import { numberToRoman, parseSymbol, romanToNumber } from '../../schema/symbols.ts';

/** A document citation found in running text: canonical symbol and the span to mark. */
export interface FoundCitation {
  symbol: string;
  start: number;
  end: number;
}

/** A place where a citation is written in a form the ingest will not guess at. */
export interface CitationWarning {
  offset: number;
  text: string;
  message: string;
}

const KEYWORD = /\b(?:(?:General\s+Assembly|GA|Security\s+Council|SC|Assembly|Council)\s+)?(resolutions?|res\.|decisions?)(?=[\s\d])\s*/gi;
const GA_ITEM = /^(\d{1,3})\s*\/\s*(\d{1,4})(?![\w/])/;
const PAREN_ITEM = /^(\d{1,4})(?:\s*([A-Z]))?\s*\(\s*(\d{4}|[IVXLC]+)\s*\)/;
const CONNECTOR = /^\s*(?:,|and|&)\s*(?=\d)/;
const SUSPECT = /^[\dIlO|]{0,4}[\d][\w/|.]*/;
// UN document series only: a mission's file reference ("No. SC/17/089", "KMNY/UN/GA/4/17") is not a document.
const SERIES = 'A|S|E|ST|DP|TD|UNEP|CRC|CCPR|CEDAW|CERD|CAT|CRPD|CMW|CED|FCCC|UNW|ICEF|SPLOS|NPT|BWC|CCW|APLC|ISBA|HRC';
const EXPLICIT = new RegExp(String.raw`(?<![\w/])(?:${SERIES})(?:\/[A-Z0-9][A-Z0-9.]*(?:-(?![A-Z]{1,6}\/)[A-Z0-9.]+)*)+(?:\s?\((?:\d{4}|[IVXLC]+)\))?(?![\w/])`, 'g');

/** Reads one cited number after "resolution" or "decision"; null when it is no recognisable form. */
function readItem(rest: string, isDecision: boolean): { symbol: string | null; length: number } | null {
  let m = GA_ITEM.exec(rest);
  if (m) {
    const session = Number(m[1]);
    const symbol = isDecision ? `A/DEC/${session}/${Number(m[2])}` : session >= 31 ? `A/RES/${session}/${Number(m[2])}` : null;
    return { symbol, length: m[0].length };
  }
  m = PAREN_ITEM.exec(rest);
  if (m && !isDecision) {
    const [, number, , inParens] = m as unknown as [string, string, string | undefined, string];
    if (/^\d{4}$/.test(inParens)) return { symbol: `S/RES/${Number(number)}(${inParens})`, length: m[0].length };
    const session = romanToNumber(inParens);
    return { symbol: session ? `A/RES/${Number(number)}(${numberToRoman(session)})` : null, length: m[0].length };
  }
  return null;
}

/** Finds every cited document in a text ("resolution 69/321", "resolutions 2100 (2013) and 2164 (2014)", "S/2015/988"). */
export function findCitations(text: string, ignoreSymbols: ReadonlySet<string> = new Set()): { citations: FoundCitation[]; warnings: CitationWarning[] } {
  const citations: FoundCitation[] = [];
  const warnings: CitationWarning[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    const isDecision = /^decision/i.test(m[1]!);
    let position = m.index! + m[0].length;
    let spanStart = m.index!;
    for (;;) {
      const rest = text.slice(position, position + 40);
      const item = readItem(rest, isDecision);
      if (!item) {
        const suspect = SUSPECT.exec(rest)?.[0];
        if (spanStart === m.index! && suspect && suspect.length >= 3 && /\d/.test(suspect)) {
          warnings.push({ offset: position, text: `${m[0]}${suspect}`.trim(), message: `unknown symbol form "${`${m[0]}${suspect}`.trim()}": not linked, check the source` });
        }
        break;
      }
      if (item.symbol && parseSymbol(item.symbol)) citations.push({ symbol: parseSymbol(item.symbol)!.symbol, start: spanStart, end: position + item.length });
      else warnings.push({ offset: position, text: rest.slice(0, item.length), message: `unknown symbol form "${rest.slice(0, item.length)}": not linked, check the source` });
      position += item.length;
      const connector = CONNECTOR.exec(text.slice(position, position + 12));
      if (!connector) break;
      position += connector[0].length;
      spanStart = position;
    }
  }
  for (const m of text.matchAll(EXPLICIT)) {
    const raw = m[0].replace(/\.$/, '');
    if (!/\d/.test(raw)) continue;
    const parsed = parseSymbol(raw);
    if (!parsed) continue;
    if (!ignoreSymbols.has(parsed.symbol)) citations.push({ symbol: parsed.symbol, start: m.index!, end: m.index! + raw.length });
  }
  return { citations: dropOverlaps(citations), warnings };
}

function dropOverlaps(spans: FoundCitation[]): FoundCitation[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundCitation[] = [];
  for (const span of sorted) if (!kept.length || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}
