import { parseCitationQuery } from '../../lib/search/citation-query.ts';
import { indexHas, securityCouncilResolution, type CitingRecord, type SymbolIndex } from '../../lib/search/search-data.ts';
import { describeSymbol, officialUrl, parseSymbol, slugifySymbol } from '../../schema/symbols.ts';

/** What a citation query resolved to: a document of the archive, or a symbol no letter cites. */
export type ResolvedCitation =
  | { found: true; record: CitingRecord }
  | { found: false; symbol: string; label: string; officialUrl: string | null };

let symbols: Promise<SymbolIndex> | undefined;

/** Resolves a query that is a UN citation to its document; null when the query is plain words. */
export async function resolveCitation(query: string): Promise<ResolvedCitation | null> {
  const citation = parseCitationQuery(query);
  if (!citation) return null;
  symbols ??= fetch('/search/symbols.json').then((r) => (r.ok ? (r.json() as Promise<SymbolIndex>) : {}));
  const index = await symbols;
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
  return { found: false, symbol: parsed.symbol, label: describeSymbol(parsed), officialUrl: officialUrl(parsed) };
}
