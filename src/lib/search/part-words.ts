// Which parts of the search index hold the words of a query. Each part is a Pagefind index of its own, and
// Pagefind, when an index has no word beginning with a search word, falls back to the longest word of that index
// the search word begins with ("ly" for "lykketoft"): merged, a part that lacks a name would add letters that only
// hold "ly". One index of the whole archive would have found the name and no such letter. So each word of a query
// is checked in every part, and only the parts holding every word are searched.

/** Per part (by key), how many letters a search found: the counts of the parts' synthetic filter. */
export type PartCounts = Readonly<Record<string, number>>;

/** The synthetic filter that tells the parts of the index apart (Pagefind's mergeFilter): its value is the part's key. */
export const PART_FILTER = 'part';

/** A value of the parts' filter that no part has: narrowed to it, a search builds no results and hands over its counts. */
export const NO_PART = '-';

/** Letters no word of a language has in a row: a search word with them appended can only match by the fallback. */
export const NO_WORD = 'zqxjv';

/** A word of a query as Pagefind matches it: lower case, and exact when the whole query is one quoted phrase. */
export interface QueryToken {
  text: string;
  exact: boolean;
}

/** The words of a query as Pagefind splits them (at anything but a letter or digit), each once. */
export function queryTokens(term: string): QueryToken[] {
  // Pagefind searches exactly only a query that is one phrase in straight quotes.
  const exact = /^\s*".+"\s*$/.test(term);
  const words = term.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(words)].map((text) => ({ text, exact }));
}

/** What three searches found of one token in each part: the token in quotes, the token, and the token + NO_WORD. */
export interface TokenCounts {
  exact: PartCounts;
  plain: PartCounts;
  beyond: PartCounts;
}

/** Whether a part holds a token, lacks it, or is unsure: the token and the token lengthened found as many letters. */
export type Verdict = 'holds' | 'lacks' | 'unsure';

/**
 * The verdict on one token in one part. A part holds the token when it has the word itself, or when Pagefind finds
 * letters for it that it does not find for the lengthened token (which it can only match by the fallback). When
 * both find as many letters, only the letters themselves can tell a word beginning with the token from a fallback.
 */
export function verdictOn(token: QueryToken, part: string, counts: TokenCounts): Verdict {
  if ((counts.exact[part] ?? 0) > 0) return 'holds';
  if (token.exact) return 'lacks';
  const plain = counts.plain[part] ?? 0;
  if (plain === 0) return 'lacks';
  return (counts.beyond[part] ?? 0) === plain ? 'unsure' : 'holds';
}

/** The parts that hold every token, given each token's verdict in each part (unsure ones already decided). */
export function partsHoldingAll(keys: readonly string[], holds: ReadonlyArray<ReadonlySet<string>>): string[] {
  return keys.filter((key) => holds.every((parts) => parts.has(key)));
}

/** Two result lists found the same letters (by Pagefind's page ids). */
export function sameLetters(a: ReadonlyArray<{ id: string }>, b: ReadonlyArray<{ id: string }>): boolean {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((result) => result.id));
  return b.every((result) => ids.has(result.id));
}
