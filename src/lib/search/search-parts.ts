// The search index comes in parts, each a run of whole years with its own Pagefind bundle, merged in the
// browser (Pagefind's mergeIndex). Pagefind holds a whole index in memory while it writes it (3.6 GB at 20,000
// letters), so parts bound that; a part whose letters did not change is taken from the build cache; and since
// the parts follow the calendar, the date order of a search is the parts' orders one after the other.

/** A letter as the search index sees it: its page and the date it sorts by ("YYYY-MM-DD"). */
export interface IndexedLetter {
  page: string;
  sortDate: string;
}

/** One part of the search index: the letters of a run of years, oldest part first. */
export interface SearchPart {
  /** The part's name and its value of the synthetic "part" filter: its years ("1946-1979", or "2016" alone). */
  key: string;
  letters: IndexedLetter[];
}

/**
 * The manifest the search page reads (/pagefind/parts.json): each part's name, the folder its bundle is served from,
 * and its number of letters. The first part's folder is Pagefind's own, with the script and WebAssembly every
 * part shares; the others' are named by the digest of their content, so that a host may cache them for good.
 */
export interface PartsManifest {
  parts: Array<{ key: string; path: string; letters: number }>;
}

/** Pagefind's folder, where the first part goes. */
export const PAGEFIND_PATH = '/pagefind/';

/** The folder of a part after the first, named by the digest of its content. */
export const partPath = (digest: string) => `${PAGEFIND_PATH}parts/${digest}/`;

const yearOf = (letter: IndexedLetter) => letter.sortDate.slice(0, 4) || '0000';

/**
 * Cuts the letters into parts of whole years, oldest first, each closed as soon as it holds `size` letters or
 * more. A year larger than `size` is a part of its own. Letters added to the newest years change the newest
 * part only; a part closes on the same year as long as the letters of its own years do not change.
 */
export function searchParts(letters: readonly IndexedLetter[], size: number): SearchPart[] {
  const byYear = new Map<string, IndexedLetter[]>();
  for (const letter of letters) {
    const year = yearOf(letter);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(letter);
  }
  const years = [...byYear.keys()].sort();
  const parts: SearchPart[] = [];
  let open: { years: string[]; letters: IndexedLetter[] } = { years: [], letters: [] };
  const close = () => {
    if (!open.letters.length) return;
    const from = open.years[0]!;
    const to = open.years.at(-1)!;
    const key = from === to ? from : `${from}-${to}`;
    const sorted = [...open.letters].sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
    parts.push({ key, letters: sorted });
    open = { years: [], letters: [] };
  };
  for (const year of years) {
    open.years.push(year);
    open.letters.push(...byYear.get(year)!);
    if (open.letters.length >= size) close();
  }
  close();
  return parts;
}

/** The manifest of the parts, for the search page, given the folder each is served from. */
export function partsManifest(parts: readonly SearchPart[], paths: readonly string[]): PartsManifest {
  return { parts: parts.map((part, i) => ({ key: part.key, path: paths[i]!, letters: part.letters.length })) };
}

/** Facet counts of disjoint sets of letters added up: the counts of their union. */
export function sumCounts(counts: ReadonlyArray<Record<string, Record<string, number>>>): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const facets of counts) {
    for (const [facet, values] of Object.entries(facets)) {
      const into = (sum[facet] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}
