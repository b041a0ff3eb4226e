/** The kinds of document a letter can cite. */
export type DocumentKind = 'ga-resolution' | 'ga-decision' | 'sc-resolution' | 'other';

/** A UN document symbol in its canonical form, with what the symbol itself tells. */
export interface DocumentSymbol {
  /** Canonical symbol: A/RES/69/321, A/DEC/62/557, S/RES/1325(2000), A/RES/3379(XXX), S/2015/988. */
  symbol: string;
  kind: DocumentKind;
  /** GA session for GA resolutions and decisions; null otherwise. */
  session: number | null;
  /** Year for Security Council resolutions; null otherwise. */
  year: number | null;
  /** The number within its series ("321", "1325"); null for other symbols. */
  number: string | null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Reads a Roman numeral (I to CXC) as a number; null when it is not a well-formed numeral. */
export function romanToNumber(roman: string): number | null {
  const upper = roman.toUpperCase();
  if (!/^[IVXLC]+$/.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i]!]!;
    const next = ROMAN_VALUES[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return numberToRoman(total) === upper ? total : null;
}

/** Writes a positive number as a Roman numeral (used for the sessions of 1946-1975). */
export function numberToRoman(value: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

const GA_RESOLUTION = /^A\/RES\/(\d{1,3})\/(\d{1,4})$/;
const GA_OLD_RESOLUTION = /^A\/RES\/(\d{1,4})(?:[A-Z])?\(([IVXLC]+)\)$/;
const GA_DECISION = /^A\/DEC\/(\d{1,3})\/(\d{1,4})$/;
const SC_RESOLUTION = /^S\/RES\/(\d{1,4})\((\d{4})\)$/;
const OTHER_SYMBOL = /^[A-Z]{1,8}(?:\/[A-Z0-9.\-]+(?:\([A-Z0-9]+\))?)+$/;

/**
 * Reads a document symbol written in any spacing or case ("a/res/69/321", "S/RES/1325 (2000)",
 * "A/RES/377 A (V)") and returns its canonical form; null when the text is not a symbol.
 */
export function parseSymbol(raw: string): DocumentSymbol | null {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, '');
  let match = GA_RESOLUTION.exec(compact);
  if (match) {
    const session = Number(match[1]);
    if (session < 31) return null; // sessions 1-30 numbered resolutions the old way
    return gaSeries('ga-resolution', 'A/RES', session, match[2]!);
  }
  match = GA_OLD_RESOLUTION.exec(compact);
  if (match) {
    const session = romanToNumber(match[2]!);
    if (session === null || session > 30) return null;
    const number = String(Number(match[1]));
    return { symbol: `A/RES/${number}(${match[2]})`, kind: 'ga-resolution', session, year: null, number };
  }
  match = GA_DECISION.exec(compact);
  if (match) return gaSeries('ga-decision', 'A/DEC', Number(match[1]), match[2]!);
  match = SC_RESOLUTION.exec(compact);
  if (match) {
    const number = String(Number(match[1]));
    return { symbol: `S/RES/${number}(${match[2]})`, kind: 'sc-resolution', session: null, year: Number(match[2]), number };
  }
  if (OTHER_SYMBOL.test(compact) && compact.includes('/')) {
    return { symbol: compact, kind: 'other', session: null, year: null, number: null };
  }
  return null;
}

function gaSeries(kind: DocumentKind, prefix: string, session: number, rawNumber: string): DocumentSymbol {
  const number = String(Number(rawNumber));
  return { symbol: `${prefix}/${session}/${number}`, kind, session, year: null, number };
}

/** The URL-safe slug of a canonical symbol: A/RES/69/321 -> a-res-69-321, S/RES/1325(2000) -> s-res-1325-2000. */
export function slugifySymbol(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How a document is named in running text: "resolution 69/321", "decision 62/557", "resolution 1325 (2000)". */
export function describeSymbol(parsed: DocumentSymbol): string {
  switch (parsed.kind) {
    case 'ga-resolution':
      return parsed.symbol.includes('(')
        ? `resolution ${parsed.number} (${numberToRoman(parsed.session ?? 0)})`
        : `resolution ${parsed.session}/${parsed.number}`;
    case 'ga-decision':
      return `decision ${parsed.session}/${parsed.number}`;
    case 'sc-resolution':
      return `resolution ${parsed.number} (${parsed.year})`;
    default:
      return parsed.symbol;
  }
}

/** Human name of each document kind, for headings and facets. */
export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  'ga-resolution': 'General Assembly resolution',
  'ga-decision': 'General Assembly decision',
  'sc-resolution': 'Security Council resolution',
  other: 'UN document',
};

/** The official UN link for a symbol (https://undocs.org/...); null for GA decisions, which have no symbol of their own. */
export function officialUrl(parsed: DocumentSymbol): string | null {
  if (parsed.kind === 'ga-decision') return null;
  return `https://undocs.org/${parsed.symbol}`;
}
