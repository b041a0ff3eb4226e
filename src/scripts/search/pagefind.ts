import type { MatchedPage } from '../../lib/search/passages.ts';

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
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, its results' URLs carrying ?highlight= so that the letter page marks the words searched. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ highlightParam: 'highlight' });
    return pagefind;
  });
  return loading;
}
