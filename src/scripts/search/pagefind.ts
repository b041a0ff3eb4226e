import type { MatchedPage } from '../../lib/search/passages.ts';
import { PAGEFIND_PATH, type PartsManifest } from '../../lib/search/search-parts.ts';
import { inParts, PART_FILTER } from './parts.ts';

/** One result as Pagefind hands it over once loaded: its address, metadata, indexed text and where the words matched. */
export interface ResultData extends MatchedPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A search's answer: the results (loaded lazily) and, per facet, the count of results for each value. */
export interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<ResultData> }>;
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

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, its results' URLs carrying ?highlight= so that the letter page marks the words searched,
 * with every part of the index (/pagefind/parts.json) merged in.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= Promise.all([
    import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`) as Promise<Pagefind>,
    fetch(`${PAGEFIND_PATH}parts.json`).then((response) => response.json() as Promise<PartsManifest>),
  ]).then(async ([pagefind, manifest]) => {
    await pagefind.options({ highlightParam: 'highlight' });
    const [first, ...rest] = manifest.parts;
    if (!first || !rest.length) return pagefind;
    await pagefind.init();
    await pagefind.options({ mergeFilter: { [PART_FILTER]: first.key } });
    await Promise.all(rest.map((part) => pagefind.mergeIndex(part.path, { highlightParam: 'highlight', mergeFilter: { [PART_FILTER]: part.key } })));
    return inParts(pagefind, manifest.parts.map((part) => part.key));
  });
  return loading;
}
