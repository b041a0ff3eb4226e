// Runs one search and shows it: the document box for a citation, the count, and the results with the
// passages that matched. A new search replaces the old one only once its first result is ready, so the page
// does not jump while one types.
import { singleWord } from '../../lib/search/first-results.ts';
import { queryWords, shortQuery } from '../../lib/search/query-text.ts';
import type { CitingLetter } from '../../lib/search/search-data.ts';
import { resolveCitation } from './citation.ts';
import type { CountedSearch } from './facets.ts';
import { firstResultsOf, firstThenPagefind, type Results } from './first-results.ts';
import { loadPagefind, type ResultData, type SearchOptions } from './pagefind.ts';
import { citationBox, citingItem, element, resultItem } from './render.ts';
import type { SearchState } from './state.ts';

/** How many results show at a time. */
const PAGE = 25;

/** The parts of the page a search writes to. */
export interface SearchView {
  status: HTMLElement;
  list: HTMLOListElement;
  box: HTMLElement;
  more: HTMLButtonElement;
}

/** What a search showed: the order it used when none was chosen, and the search the facet menus count (null when none). */
export interface ShownSearch {
  defaultOrder: '' | 'newest';
  counted: CountedSearch | null;
}

let run = 0;

/** Marks the status and the results as about to change (aria-busy), or as settled: screen readers wait for the count. */
export function setBusy(view: SearchView, busy: boolean): void {
  for (const node of [view.status, view.list]) busy ? node.setAttribute('aria-busy', 'true') : node.removeAttribute('aria-busy');
}

/**
 * The status line: the count, the words it counts (isolated in <bdi>, so that right-to-left words read right,
 * and cut when long), then the words no letter contains, which the count does not repeat.
 */
function writeStatus(status: HTMLElement, count: number, query: string | null, missing: string[]): void {
  const parts: Array<string | Node> = [`${count.toLocaleString('en')} ${count === 1 ? 'letter' : 'letters'}`];
  const kept = missing.length && query && count ? queryWords(query).filter((word) => !missing.includes(word)).map((word) => (word.includes(' ') ? `"${word}"` : word)).join(' ') : query;
  if (kept) parts.push(' for “', element('bdi', shortQuery(kept)), '”');
  if (missing.length) {
    parts.push(`; no letter contains `);
    missing.forEach((word, i) => parts.push(i ? ' or “' : '“', element('bdi', shortQuery(word)), '”'));
  }
  status.replaceChildren(...parts);
}

/** The words of a query that no letter contains, each searched alone (a query of one word needs no check). */
async function wordsNotFound(query: string): Promise<string[]> {
  const words = queryWords(query);
  if (words.length < 2) return [];
  const pagefind = await loadPagefind();
  const found = await Promise.all(words.map(async (word) => (await pagefind.search(word.includes(' ') ? `"${word}"` : word)).results.length > 0));
  return words.filter((_, i) => !found[i]);
}

/** Shows the results, replacing the old ones when the first new card is ready; "Show more" moves the focus to the first new result. */
async function showResults(view: SearchView, results: Results, mine: number, onFirstShown: () => void): Promise<void> {
  let shown = 0;
  const showMore = async (focusFirst: boolean) => {
    const from = shown;
    const to = Math.min(shown + PAGE, results.count);
    const first = from === 0;
    shown = to;
    view.more.hidden = true;
    if (first) view.list.style.minHeight = `${view.list.offsetHeight}px`; // the old results' height, until the new ones fill it
    // The first card is asked for alone: the first result then waits for its own fragment only, not for 25 of them.
    const lead = results.cards(from, from + 1);
    await lead[0];
    if (mine !== run) return;
    const next = [...lead, ...results.cards(from + 1, to)];
    let placed = 0;
    for (const card of next) {
      const item = await card;
      if (mine !== run) return;
      if (!item) continue;
      if (first && !placed) view.list.replaceChildren(item);
      else view.list.append(item);
      if (focusFirst && !placed) item.querySelector('a')?.focus();
      if (first && !placed) onFirstShown();
      placed += 1;
    }
    if (first) view.list.style.minHeight = '';
    view.more.hidden = shown >= results.count;
  };
  view.more.onclick = () => void showMore(true);
  if (!results.count) {
    view.list.replaceChildren();
    onFirstShown();
  } else await showMore(false);
}

function citingResults(letters: CitingLetter[]): Results {
  return { count: letters.length, cards: (from, to) => letters.slice(from, to).map((letter) => Promise.resolve(citingItem(letter))) };
}

/** Runs a search (words already cleaned) and shows it; resolves once the count is announced. */
export async function showSearch(state: SearchState, view: SearchView): Promise<ShownSearch | null> {
  const mine = ++run;
  setBusy(view, true);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    view.status.textContent = 'Type words, a phrase in quotes, a name or a resolution number; or choose a year, session or sender.';
    view.list.replaceChildren();
    view.box.replaceChildren();
    view.more.hidden = true;
    setBusy(view, false);
    return { defaultOrder: 'newest', counted: { term: null, options: {} } };
  }
  if (!view.list.childElementCount) view.status.textContent = 'Searching…';
  const citation = state.q ? await resolveCitation(state.q) : null;
  if (mine !== run) return null;
  const order = state.sort || (citation || !state.q ? 'newest' : '');
  const sort = order ? { date: order === 'newest' ? ('desc' as const) : ('asc' as const) } : undefined;
  const defaultOrder = citation || !state.q ? 'newest' : '';
  if (citation && !citation.found) {
    view.box.replaceChildren(citationBox(citation));
    view.list.replaceChildren();
    view.more.hidden = true;
    writeStatus(view.status, 0, null, []);
    setBusy(view, false);
    return { defaultOrder, counted: null };
  }
  const filters = citation?.found ? { ...state.filters, document: citation.record.symbol } : state.filters;
  const options: SearchOptions = { filters, sort };
  const term = citation ? null : state.q || null;
  // A word alone, in Pagefind's order, unfiltered: its first cards were found at build.
  const word = term && !order && !hasFilters ? singleWord(term) : null;
  const first = word ? await firstResultsOf(word) : null;
  if (mine !== run) return null;
  let results: Results;
  if (first && term) {
    results = firstThenPagefind(first, term, options);
  } else if (citation?.found && !hasFilters) {
    // The citing record lists every letter with its citing sentences: no index, no facet loads for it.
    const letters = order === 'oldest' ? [...citation.record.letters].reverse() : citation.record.letters;
    results = citingResults(letters);
  } else {
    const pagefind = await loadPagefind();
    const found = await pagefind.search(term, options);
    if (mine !== run) return null;
    const citing = new Map(citation?.found ? citation.record.letters.map((letter) => [letter.url, letter]) : []);
    results = {
      count: found.results.length,
      cards: (from, to) =>
        found.results.slice(from, to).map(async (result) => {
          const data: ResultData = await result.data();
          const letter = citing.get(new URL(data.url, location.href).pathname);
          return letter ? citingItem(letter) : resultItem(data);
        }),
    };
  }
  const missing = term ? wordsNotFound(term) : Promise.resolve([]);
  view.box.replaceChildren(...(citation ? [citationBox(citation)] : []));
  // The count is written once the first of the results it counts is on the page, not while the previous ones still
  // are; the page stays busy for screen readers until every card of the first page is there.
  let written: Promise<void> = Promise.resolve();
  const writeCount = () => void (written = missing.then((notFound) => void (mine === run && writeStatus(view.status, results.count, term, notFound))));
  await showResults(view, results, mine, writeCount);
  await written;
  if (mine !== run) return null;
  setBusy(view, false);
  return { defaultOrder, counted: { term, options } };
}
