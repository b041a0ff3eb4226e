// The first cards of a one-word search, found at build (../../lib/search/first-results.ts): a shard of a few kB
// instead of Pagefind's page lists and word index. The rest of the list comes from Pagefind, which loads meanwhile.
import { FIRST_RESULTS_PATH, shardOfWord, type FirstResults, type FirstResultsManifest, type FirstResultsShard } from '../../lib/search/first-results.ts';
import { loadPagefind, type PagefindSearch, type SearchOptions } from './pagefind.ts';
import { cardItem, resultItem } from './render.ts';

let manifest: Promise<FirstResultsManifest | null> | undefined;
const shards = new Map<number, Promise<FirstResultsShard | null>>();

/** The JSON at a path, or null when the site has none (a site built before first results, or a failed request). */
async function json<T>(path: string): Promise<T | null> {
  try {
    const response = await fetch(path);
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/** Loads the manifest of the first results once (when the reader comes to the search box). */
export function loadFirstResults(): Promise<FirstResultsManifest | null> {
  manifest ??= json<FirstResultsManifest>(`${FIRST_RESULTS_PATH}index.json`);
  return manifest;
}

/** The first results found at build for a word (lower case), or null when none were: Pagefind then searches. */
export async function firstResultsOf(word: string): Promise<FirstResults | null> {
  const found = await loadFirstResults();
  if (!found) return null;
  const shard = shardOfWord(word, found.shards);
  if (!shards.has(shard)) shards.set(shard, json<FirstResultsShard>(`${FIRST_RESULTS_PATH}${shard}.json`));
  return (await shards.get(shard))?.[word] ?? null;
}

/** A source of result cards: how many there are and a way to make the next ones. */
export interface Results {
  count: number;
  /** The cards from `from` to `to`; null for one that cannot be made (the list then goes on without it). */
  cards(from: number, to: number): Array<Promise<HTMLLIElement | null>>;
}

/**
 * The results of a one-word search: the cards found at build first, then Pagefind's own search for the same word,
 * which was run at build to find them, so that its results after them follow on in the same order.
 */
export function firstThenPagefind(first: FirstResults, term: string, options: SearchOptions): Results {
  const shown = new Set(first.ids);
  let rest: Promise<PagefindSearch['results']> | undefined;
  // Pagefind loads after the first cards are painted (a frame, then a task), so that they wait for none of it; the
  // letters already shown are left out of its list (a short word may widen differently there, see the build).
  const later = () =>
    (rest ??= new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)))
      .then(loadPagefind)
      .then((pagefind) => pagefind.search(term, options))
      .then((found) => found.results.filter((result) => !shown.has(result.id))));
  const card = async (i: number): Promise<HTMLLIElement | null> => {
    const ahead = first.cards[i];
    if (ahead) return cardItem(ahead);
    // The build searched each part as a fresh page does; a page that searched other words before may widen a word
    // differently and find a letter fewer: the list then ends early, and never shows a letter twice.
    const result = (await later())[i - first.cards.length];
    return result ? resultItem(await result.data()) : null;
  };
  return { count: first.count, cards: (from, to) => Array.from({ length: Math.max(0, to - from) }, (_, i) => card(from + i)) };
}
