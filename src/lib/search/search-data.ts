import type { Archive } from '../archive/archive.ts';
import type { LetterSummary } from '../archive/describe.ts';
import { newestFirst } from '../views/letter-lists.ts';
import { DOCUMENT_KIND_NAMES, slugifySymbol } from '../../schema/symbols.ts';

/** What the search page shows for a document named by a citation: the document, then the letters citing it, newest first. */
export interface CitingRecord {
  symbol: string;
  label: string;
  kindName: string;
  title: string | null;
  url: string;
  officialUrl: string | null;
  letters: LetterSummary[];
}

/** The citing record of a document, by its canonical symbol. */
export function citingRecord(archive: Archive, symbol: string): CitingRecord {
  const doc = archive.documents.get(symbol)!;
  return {
    symbol,
    label: doc.label,
    kindName: DOCUMENT_KIND_NAMES[doc.parsed.kind],
    title: doc.data.title,
    url: `/documents/${slugifySymbol(symbol)}/`,
    officialUrl: doc.url,
    letters: newestFirst(doc.citations.map((c) => c.letter), archive),
  };
}

/** Every cited symbol, grouped by what comes before its last "/" ({"A/RES/69/": ["321"], "S/RES/": ["1325(2000)"]}): small enough to load for a citation query. */
export type SymbolIndex = Record<string, string[]>;

/** The symbol index of the archive. */
export function symbolIndex(archive: Archive): SymbolIndex {
  const index: SymbolIndex = {};
  for (const symbol of archive.documents.keys()) {
    const cut = symbol.lastIndexOf('/') + 1;
    (index[symbol.slice(0, cut)] ??= []).push(symbol.slice(cut));
  }
  return index;
}

/** True when the index holds the symbol. */
export function indexHas(index: SymbolIndex, symbol: string): boolean {
  const cut = symbol.lastIndexOf('/') + 1;
  return index[symbol.slice(0, cut)]?.includes(symbol.slice(cut)) ?? false;
}

/** The Security Council resolution of that number the index holds ("1325" -> "S/RES/1325(2000)"), if any. */
export function securityCouncilResolution(index: SymbolIndex, number: number): string | null {
  const entry = index['S/RES/']?.find((rest) => rest.startsWith(`${number}(`));
  return entry ? `S/RES/${entry}` : null;
}
