import { numberToRoman, parseSymbol, romanToNumber } from '../../schema/symbols.ts';

/** What a search query names when it is a citation: the documents it may mean, most likely first. */
export interface CitationQuery {
  /** Canonical symbols to try in order; empty for a Security Council resolution given without its year. */
  candidates: string[];
  /** A Security Council resolution number given without its year ("1325"), to look up; null otherwise. */
  scNumber: number | null;
}

const GA_WORDS = String.raw`(?:(?:general\s+assembly|ga|unga)\s+)?`;
const SC_WORDS = String.raw`(?:(?:security\s+council|sc|unsc)\s+)?`;
const RES = String.raw`(?:resolution|res\.?)`;
const SESSION_NUMBER = String.raw`(\d{1,3})\s*[/\-–]\s*(\d{1,4})`;
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => CitationQuery | null]> = [
  // "decision 62/557", "GA decision 62/557", "A/DEC/62/557"
  [new RegExp(String.raw`^(?:${GA_WORDS}(?:decision|dec\.?)\s*|a\s*/\s*dec\s*/\s*)${SESSION_NUMBER}$`, 'i'), (m) => only(`A/DEC/${+m[1]!}/${+m[2]!}`)],
  // "resolution 69/321", "GA res. 69/321", "A/RES/69/321"
  [new RegExp(String.raw`^(?:${GA_WORDS}${RES}\s*|a\s*/\s*res\s*/\s*)${SESSION_NUMBER}$`, 'i'), (m) => only(`A/RES/${+m[1]!}/${+m[2]!}`)],
  // "69/321", "69-321": a resolution unless the number is a decision's (decisions are numbered from 400)
  [new RegExp(String.raw`^${SESSION_NUMBER}$`), (m) => {
    const [res, dec] = [`A/RES/${+m[1]!}/${+m[2]!}`, `A/DEC/${+m[1]!}/${+m[2]!}`];
    // Numbered resolutions and decisions begin with the 31st session (1976); "12/3" is no citation.
    const candidates = +m[1]! < 31 ? [] : (+m[2]! >= 400 ? [dec, res] : [res, dec]).filter((symbol) => parseSymbol(symbol));
    return candidates.length ? { candidates, scNumber: null } : null;
  }],
  // "1325 (2000)", "resolution 1325 (2000)", "S/RES/1325 (2000)", and old-style "3379 (XXX)", "377 A (V)"
  [new RegExp(String.raw`^(?:${SC_WORDS}${GA_WORDS}${RES}\s*|[as]\s*/\s*res\s*/\s*)?(\d{1,4})\s*(?:[a-d]\s*)?\(\s*(\d{4}|[ivxlc]+)\s*\)$`, 'i'), (m) => {
    if (/^\d{4}$/.test(m[2]!)) return only(`S/RES/${+m[1]!}(${m[2]})`);
    const session = romanToNumber(m[2]!);
    return session && session <= 30 ? only(`A/RES/${+m[1]!}(${numberToRoman(session)})`) : null;
  }],
  // "1325", "resolution 1325", "SC res 1325": a Security Council resolution whose year is looked up
  [new RegExp(String.raw`^(?:${SC_WORDS}${RES}\s*|s\s*/\s*res\s*/\s*)?(\d{1,4})$`, 'i'), (m) => ({ candidates: [], scNumber: +m[1]! })],
];

function only(symbol: string): CitationQuery | null {
  const parsed = parseSymbol(symbol);
  return parsed ? { candidates: [parsed.symbol], scNumber: null } : null;
}

/**
 * Reads a search query as a UN citation ("69/321", "A/RES/69/321", "GA res. 69/321", "decision 62/557",
 * "1325 (2000)", "3379 (XXX)", "S/2015/988"); null when it is not one and should be searched as words.
 */
export function parseCitationQuery(query: string): CitationQuery | null {
  const text = query.trim().replace(/^["“]|["”]$/g, '').replace(/\s+/g, ' ');
  if (!text) return null;
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  const symbol = parseSymbol(text);
  return symbol && /\//.test(text) ? { candidates: [symbol.symbol], scNumber: null } : null;
}
