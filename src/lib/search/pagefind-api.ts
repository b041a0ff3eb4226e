// The part of Pagefind's browser API the archive uses: the search page in the browser, and the build, which runs the
// same script in Node to find the first results of one-word searches ahead.
import type { ResultData } from './result-cards.ts';

export type { ResultData };

/** A search's answer: the results (loaded lazily) and, per facet, the count of results for each value. */
export interface PagefindSearch {
  results: Array<{ id: string; score: number; data(): Promise<ResultData> }>;
  filters: Record<string, Record<string, number>>;
  /** Per facet, the count of results for each value before the search's own filters narrowed them. */
  totalFilters?: Record<string, Record<string, number>>;
}

/** What narrows and orders a search: one value per facet, and the sort key with its direction. */
export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

/** The part of Pagefind's browser API the page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  /** Loads every facet's index and returns the count of letters for each value over the whole archive. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Loads the WebAssembly and the list of pages, ahead of the first search. */
  init(): Promise<void>;
  /** Loads the parts of the index a search for `term` will read, without searching. */
  preload(term: string, options?: SearchOptions): Promise<void>;
  /** Adds another Pagefind index (a part of this one) to every search. */
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}
