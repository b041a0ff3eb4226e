import type { Archive, LetterView } from './archive.ts';

/** The address of a UN document's official record in the UN's Official Document System: https://docs.un.org/en/<symbol>. */
export function officialRecordUrl(symbol: string): string {
  return `https://docs.un.org/en/${symbol.split('/').map(encodeURIComponent).join('/')}`;
}

/** The UN document that carries a letter: its own symbol, or for an annex the symbol of the letter it is annexed to. */
export interface CarryingDocument {
  symbol: string;
  /** The id of the letter whose document the letter is annexed to; null when the letter is that document itself. */
  annexedTo: string | null;
}

/** The document that carries a letter, following its cover letters up to one issued with a symbol; null when none was. */
export function carryingDocument(letter: LetterView, archive: Archive): CarryingDocument | null {
  if (letter.data.symbol) return { symbol: letter.data.symbol, annexedTo: null };
  const seen = new Set([letter.id]);
  let cover = letter.data.enclosedIn ? archive.letterById.get(letter.data.enclosedIn) : undefined;
  while (cover && !seen.has(cover.id)) {
    if (cover.data.symbol) return { symbol: cover.data.symbol, annexedTo: cover.id };
    seen.add(cover.id);
    cover = cover.data.enclosedIn ? archive.letterById.get(cover.data.enclosedIn) : undefined;
  }
  return null;
}
