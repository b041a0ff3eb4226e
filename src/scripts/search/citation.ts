import { parseCitationQuery } from '../../lib/search/citation-query.ts';
import { isPlausibleSymbol } from '../../lib/search/plausible-symbol.ts';
import { indexHas, securityCouncilResolution, type CitingRecord, type LetterSymbols, type SymbolIndex } from '../../lib/search/search-data.ts';
import { describeSymbol, officialUrl, parseSymbol, slugifySymbol } from '../../schema/symbols.ts';

/** What a citation query resolved to: a document of the archive, or a symbol no letter cites. */
export type ResolvedCitation =
  | { found: true; record: CitingRecord }
  | { found: false; symbol: string; label: string; officialUrl: string | null; letter: { url: string; title: string } | null };

let symbols: Promise<SymbolIndex> | undefined;

/** The symbol of every document the archive cites (a few kB), loaded once: for citations and suggestions. */
export function loadSymbols(): Promise<SymbolIndex> {
  symbols ??= fetch('/search/symbols.json').then((r) => (r.ok ? (r.json() as Promise<SymbolIndex>) : {}));
  return symbols;
}

/**
 * Resolves a query that is a UN citation to its document; null when the query is plain words, or names
 * a document that cannot exist ("99/9999", "S/RES/99999 (2099)"), which is then searched as words.
 */
export async function resolveCitation(query: string): Promise<ResolvedCitation | null> {
  const citation = parseCitationQuery(query);
  if (!citation) return null;
  const index = await loadSymbols();
  let candidates = citation.candidates;
  if (citation.scNumber !== null) {
    const symbol = securityCouncilResolution(index, citation.scNumber);
    if (!symbol) return null; // a bare number that is no resolution the archive cites: search it as a word
    candidates = [symbol];
  }
  const symbol = candidates.find((candidate) => indexHas(index, candidate));
  if (symbol) {
    const response = await fetch(`/documents/${slugifySymbol(symbol)}/citing.json`);
    if (response.ok) return { found: true, record: (await response.json()) as CitingRecord };
  }
  const parsed = parseSymbol(candidates[0]!)!;
  if (!isPlausibleSymbol(parsed, new Date().toISOString().slice(0, 10))) return null;
  // A symbol no letter cites may be a letter's own: loaded only then, the map of the letters' symbols says.
  const own: LetterSymbols = await fetch('/search/letter-symbols.json').then((r) => (r.ok ? (r.json() as Promise<LetterSymbols>) : {}), () => ({}));
  const letter = own[parsed.symbol];
  return { found: false, symbol: parsed.symbol, label: describeSymbol(parsed), officialUrl: officialUrl(parsed), letter: letter ? { url: `/letters/${letter[0]}/`, title: letter[1] } : null };
}
