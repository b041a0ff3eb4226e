import { facetMenu } from '../../lib/search/facet-menu.ts';
import { loadPagefind, type SearchOptions } from './pagefind.ts';
import { FACET_NAMES } from './state.ts';

/** The search a set of facet menus counts: its words (null for none) and its options. */
export interface CountedSearch {
  term: string | null;
  options: SearchOptions;
}

/** Fills a facet's menu with its values and counts; past the cap, a last option that cannot be chosen says how many more there are. */
export function fillFacet(select: HTMLSelectElement, facet: string, counts: Record<string, number>, chosen: string): void {
  const menu = facetMenu(facet, counts, chosen);
  const options = [new Option('All', ''), ...menu.options.map((option) => new Option(option.label, option.value))];
  if (menu.more) {
    const more = new Option(`… and ${menu.more.toLocaleString('en')} more, not listed: search for a name to narrow`, '');
    more.disabled = true;
    options.push(more);
  }
  select.replaceChildren(...options);
  select.value = chosen;
}

/**
 * The number of letters for each value of each facet. A facet with a value chosen is counted as if it were
 * not set, so that its menu keeps its other values (one more search per facet chosen); the others come from
 * the search itself. Pagefind loads the facets' indexes for this, and only for this.
 */
export async function facetCounts(search: CountedSearch): Promise<Record<string, Record<string, number>>> {
  const pagefind = await loadPagefind();
  // Pagefind counts only the facets whose index it has loaded: filters() loads them all, and counts the whole archive.
  const everything = await pagefind.filters();
  const filters = search.options.filters ?? {};
  const countOf = async (without: string | null) => {
    const rest = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== without));
    if (search.term === null && !Object.keys(rest).length) return everything;
    return (await pagefind.search(search.term, { ...search.options, filters: rest })).filters;
  };
  const all = await countOf(null);
  const counts: Record<string, Record<string, number>> = { ...all };
  await Promise.all(FACET_NAMES.filter((name) => filters[name]).map(async (name) => (counts[name] = (await countOf(name))[name] ?? {})));
  return counts;
}
