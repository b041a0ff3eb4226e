/** One way of writing an entity's name ("Mogens Lykketoft", "Mr Lykketoft", "IGN"), with the entity's id. */
export interface NameForm {
  id: string;
  form: string;
}

/** A name found in running text. */
export interface FoundName {
  id: string;
  start: number;
  end: number;
}

/** Names by their first word, longest first: lets a text be scanned once whatever the archive's size. */
export type NameIndex = Map<string, Array<{ id: string; words: string[] }>>;

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

type WordSpan = { word: string; start: number; end: number };
let lastText: string | null = null;
let lastWords: WordSpan[] = [];

/** The words of a text with their spans (the last text's words are kept: people and organisations are found in the same text). */
export function wordsWithSpans(text: string): WordSpan[] {
  if (text === lastText) return lastWords;
  lastWords = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
  lastText = text;
  return lastWords;
}

/** Builds an index of name forms; forms of one word shorter than 3 letters are left out as too ambiguous. */
export function buildNameIndex(forms: readonly NameForm[]): NameIndex {
  const index: NameIndex = new Map();
  for (const { id, form } of forms) {
    const words = wordsWithSpans(form).map((w) => w.word);
    if (!words.length || (words.length === 1 && words[0]!.length < 3)) continue;
    const list = index.get(words[0]!) ?? index.set(words[0]!, []).get(words[0]!)!;
    if (!list.some((entry) => entry.id === id && entry.words.join(' ') === words.join(' '))) list.push({ id, words });
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Adds forms to an existing index (for entities the ingest creates as it goes). */
export function extendNameIndex(index: NameIndex, forms: readonly NameForm[]): void {
  for (const [first, entries] of buildNameIndex(forms)) {
    const list = index.get(first) ?? index.set(first, []).get(first)!;
    list.push(...entries);
    list.sort((a, b) => b.words.length - a.words.length);
  }
}

/** Finds every indexed name in a text, longest match first, words separated only by spaces or full stops. */
export function findNames(text: string, index: NameIndex): FoundName[] {
  const words = wordsWithSpans(text);
  const found: FoundName[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]!.word);
    if (!candidates) continue;
    const match = candidates.find((c) => c.words.every((w, k) => words[i + k]?.word === w && (k === 0 || /^[\s.]*$/.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start)))));
    if (!match) continue;
    const last = words[i + match.words.length - 1]!;
    found.push({ id: match.id, start: words[i]!.start, end: last.end });
    i += match.words.length - 1;
  }
  return found;
}
