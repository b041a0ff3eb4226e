import type { Archive, Citation } from '../archive/archive.ts';
import type { LetterSummary } from '../archive/describe.ts';
import { newestFirst } from '../views/letter-lists.ts';
import { MAX_PASSAGES } from './passages.ts';
import { DOCUMENT_KIND_NAMES, slugifySymbol } from '../../schema/symbols.ts';

/** Where a letter cites the document: the paragraph, the sentence, and the words of the sentence that name it. */
export interface CitingSentence {
  paragraph: number;
  sentence: string;
  text: string;
}

/** A letter citing the document, with up to three of the sentences that cite it (result cards made at build). */
export type CitingLetter = LetterSummary & { passages: CitingSentence[] };

/** What the search page shows for a document named by a citation: the document, then the letters citing it, newest first. */
export interface CitingRecord {
  symbol: string;
  label: string;
  kindName: string;
  title: string | null;
  url: string;
  officialUrl: string | null;
  letters: CitingLetter[];
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
    letters: newestFirst(doc.citations.map((c) => c.letter), archive).map((letter) => ({ ...letter, passages: citingSentences(doc.citations, letter.id) })),
  };
}

/** The first three distinct sentences of one letter that cite the document. */
function citingSentences(citations: Citation[], letter: string): CitingSentence[] {
  const passages: CitingSentence[] = [];
  for (const c of citations) {
    if (c.letter !== letter || passages.some((p) => p.paragraph === c.paragraph && p.sentence === c.sentence)) continue;
    passages.push({ paragraph: c.paragraph, sentence: c.sentence, text: c.text });
    if (passages.length === MAX_PASSAGES) break;
  }
  return passages;
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

/** The letters of the archive issued as UN documents, by their symbol: [letter id, title] ("S/2012/135" -> the letter). */
export type LetterSymbols = Record<string, [string, string]>;

/** Every letter's own symbol, so that a search for it finds the letter even where no other letter cites it. */
export function letterSymbols(archive: Archive): LetterSymbols {
  const index: LetterSymbols = {};
  for (const letter of archive.letters) if (letter.data.symbol) index[letter.data.symbol] = [letter.id, letter.data.title];
  return index;
}
