import { NO_PART, NO_WORD, PART_FILTER, partsHoldingAll, queryTokens, sameLetters, verdictOn, type QueryToken, type TokenCounts } from '../../lib/search/part-words.ts';
import { sumCounts } from '../../lib/search/search-parts.ts';
import type { Pagefind, PagefindSearch, SearchOptions } from '../../lib/search/pagefind-api.ts';

export { PART_FILTER };

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
  /**
   * How many letters a search finds in each part, without a list of them: narrowed to a part that does not exist, a
   * search hands over no results (building them costs as much as the search for a common word), only its counts.
   */
  const countsOf = async (term: string): Promise<Record<string, number>> => {
    const found: PagefindSearch = await pagefind.search(term, inSome({}, [NO_PART]));
    return found.totalFilters?.[PART_FILTER] ?? {};
  };

  /**
   * The parts that hold a token. The token in quotes, over every part, finds the parts that have the word: for a
   * common word, all of them, and nothing more is searched. For the others, the token as typed and the token
   * lengthened tell a word beginning with it from Pagefind's fallback; where they find as many letters, the
   * letters searched in that part alone decide.
   */
  const partsHolding = (token: QueryToken): Promise<Set<string>> => {
    const key = `${token.exact ? '"' : ''}${token.text}`;
    if (!holding.has(key)) {
      holding.set(key, (async () => {
        const exact = await countsOf(`"${token.text}"`);
        const rest = keys.filter((part) => !((exact[part] ?? 0) > 0));
        if (!rest.length || token.exact) return new Set(keys.filter((part) => !rest.includes(part)));
        const [plain, beyond] = await Promise.all([token.text, `${token.text}${NO_WORD}`].map((term) => countsOf(term)));
        const counts: TokenCounts = { exact, plain: plain!, beyond: beyond! };
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
    // The search runs beside the check of its words; in the rare case that a part lacks one, again without that part.
    search: async (term, options = {}) => {
      if (!options.sort) {
        const [found, parts] = await Promise.all([pagefind.search(term, options), partsFor(term)]);
        if (!parts.length) return { results: [], filters: {} };
        const kept = parts.length < keys.length ? await pagefind.search(term, inSome(options, parts)) : found;
        return { results: kept.results, filters: withoutParts(kept.filters) };
      }
      const [each, parts] = await Promise.all([Promise.all(keys.map((part) => pagefind.search(term, inSome(options, [part])))), partsFor(term)]);
      const held = each.filter((_, i) => parts.includes(keys[i]!));
      const ordered = Object.values(options.sort)[0] === 'desc' ? [...held].reverse() : held;
      return { results: ordered.flatMap((found) => found.results), filters: sumCounts(held.map((found) => withoutParts(found.filters))) };
    },
  };
}
