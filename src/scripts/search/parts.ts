import { NO_WORD, partsHoldingAll, queryTokens, sameLetters, verdictOn, type QueryToken, type TokenCounts } from '../../lib/search/part-words.ts';
import { sumCounts } from '../../lib/search/search-parts.ts';
import type { Pagefind, PagefindSearch, SearchOptions } from './pagefind.ts';

/** The synthetic filter that tells the parts of the index apart (Pagefind's mergeFilter): its value is the part's key. */
export const PART_FILTER = 'part';

type Counts = Record<string, Record<string, number>>;

/** Counts without the synthetic filter of the parts, which no menu shows. */
function withoutParts(counts: Counts): Counts {
  const { [PART_FILTER]: _, ...facets } = counts;
  return facets;
}

/** Options narrowed to some parts: one part's key, or any of several (Pagefind reads `{ any: [...] }`). */
function inSome(options: SearchOptions, parts: readonly string[]): SearchOptions {
  const part = parts.length === 1 ? parts[0]! : { any: [...parts] };
  return { ...options, filters: { ...options.filters, [PART_FILTER]: part as unknown as string } };
}

/**
 * Pagefind over an index in parts (../../lib/search/search-parts.ts). A word search is Pagefind's own over the parts
 * that hold every word of the query (../../lib/search/part-words.ts), merged by score. A search in date order runs once
 * in each part (Pagefind orders a merged search by each part's own ranks): the parts are runs of whole years, so
 * their results one part after the other are in date order.
 */
export function inParts(pagefind: Pagefind, keys: readonly string[]): Pagefind {
  const holding = new Map<string, Promise<Set<string>>>(); // the parts holding each token, as the reader types on
  const partsOf = (found: PagefindSearch) => found.filters[PART_FILTER] ?? {};

  /** The parts that hold a token: three searches over every part, and two in each part they leave unsure. */
  const partsHolding = (token: QueryToken): Promise<Set<string>> => {
    const key = `${token.exact ? '"' : ''}${token.text}`;
    if (!holding.has(key)) {
      holding.set(key, (async () => {
        const [exact, plain, beyond] = await Promise.all([`"${token.text}"`, token.text, `${token.text}${NO_WORD}`].map((term) => pagefind.search(term)));
        const counts: TokenCounts = { exact: partsOf(exact!), plain: partsOf(plain!), beyond: partsOf(beyond!) };
        const held = await Promise.all(keys.map(async (part) => {
          const verdict = verdictOn(token, part, counts);
          if (verdict !== 'unsure') return verdict === 'holds';
          const [mine, fallback] = await Promise.all([token.text, `${token.text}${NO_WORD}`].map((term) => pagefind.search(term, inSome({}, [part]))));
          return !sameLetters(mine!.results, fallback!.results);
        }));
        return new Set(keys.filter((_, i) => held[i]));
      })());
    }
    return holding.get(key)!;
  };

  /** The parts a search reads: those holding every word of its query (all of them for a search by facets alone). */
  const partsFor = async (term: string | null): Promise<string[]> => {
    const tokens = term ? queryTokens(term) : [];
    if (!tokens.length) return [...keys];
    return partsHoldingAll(keys, await Promise.all(tokens.map(partsHolding)));
  };

  return {
    options: (options) => pagefind.options(options),
    init: () => pagefind.init(),
    preload: (term, options) => pagefind.preload(term, options),
    mergeIndex: (path, options) => pagefind.mergeIndex(path, options),
    filters: async () => withoutParts(await pagefind.filters()),
    search: async (term, options = {}) => {
      const parts = await partsFor(term);
      if (!parts.length) return { results: [], filters: {} };
      if (!options.sort) {
        const found = await pagefind.search(term, parts.length < keys.length ? inSome(options, parts) : options);
        return { results: found.results, filters: withoutParts(found.filters) };
      }
      const each = await Promise.all(parts.map((part) => pagefind.search(term, inSome(options, [part]))));
      const ordered = Object.values(options.sort)[0] === 'desc' ? [...each].reverse() : each;
      return { results: ordered.flatMap((found) => found.results), filters: sumCounts(each.map((found) => withoutParts(found.filters))) };
    },
  };
}
