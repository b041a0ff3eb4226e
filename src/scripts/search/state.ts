import { FACETS } from '../../lib/search/search-facets.ts';

/** Everything a search is: the words, the facet values chosen and the order. All of it lives in the URL. */
export interface SearchState {
  q: string;
  /** "" (relevance), "newest" or "oldest". */
  sort: '' | 'newest' | 'oldest';
  filters: Record<string, string>;
}

/** The facet names, in the order the page shows them. */
export const FACET_NAMES: string[] = FACETS.map(([name]) => name);

/** Reads a search from a URL's query string (?q=...&year=...&sort=...). */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const filters: Record<string, string> = {};
  for (const name of FACET_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { q: params.get('q') ?? '', sort: sort === 'newest' || sort === 'oldest' ? sort : '', filters };
}

/** Writes a search as a query string, leaving out what is empty, so that the URL can be shared. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FACET_NAMES) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.sort) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
