// The search page's script: searches as one types (and on Enter), shows facets with counts when opened,
// suggestions under the box, and keeps every search in the URL.
import { cleanQuery } from '../../lib/search/query-text.ts';
import { facetCounts, fillFacet } from './facets.ts';
import { loadFirstResults } from './first-results.ts';
import { loadPagefind } from './pagefind.ts';
import { startResultKeys } from './result-keys.ts';
import { setBusy, showSearch, type SearchView, type ShownSearch } from './show-search.ts';
import { FACET_NAMES, readState, writeState, type SearchState } from './state.ts';
import { startSuggestions } from './suggest.ts';

/** How long typing must pause before the results follow it. */
const TYPING_PAUSE_MS = 250;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The search on show, for the facet menus and the order's default. */
let shown: ShownSearch = { defaultOrder: '', counted: null };
let shownRun = 0;

function stateFromForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const filters: Record<string, string> = {};
  for (const name of FACET_NAMES) if (data.get(name)) filters[name] = String(data.get(name));
  const sort = String(data.get('sort') ?? '');
  // The order the last search used by default (newest first for a citation) is no choice of the reader's.
  const chosen = sort === shown.defaultOrder ? '' : sort;
  return { q: cleanQuery(String(data.get('q') ?? '')), sort: chosen === 'newest' || chosen === 'oldest' ? chosen : '', filters };
}

function showState(form: HTMLFormElement, state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
  // The facet menus get their values with the counts; until then each shows the value chosen.
  for (const name of FACET_NAMES) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const chosen = state.filters[name] ?? '';
    if (chosen && ![...select.options].some((option) => option.value === chosen)) select.add(new Option(chosen, chosen));
    select.value = chosen;
  }
  if (Object.keys(state.filters).length) byId<HTMLDetailsElement>('search-facets').open = true;
}

/**
 * Fills the facet menus with the number of letters for each value, once the reader has opened them (or the
 * URL narrows by a facet). The indexes of the facets weigh more than the rest of a first search: they load
 * only when wanted, on the citation path too.
 */
async function countFacets(form: HTMLFormElement): Promise<void> {
  const mine = shownRun;
  const counted = shown.counted;
  if (!byId<HTMLDetailsElement>('search-facets').open || !counted) return;
  const counts = await facetCounts(counted);
  if (mine !== shownRun) return;
  for (const name of FACET_NAMES) fillFacet(form.elements.namedItem(name) as HTMLSelectElement, name, counts[name] ?? {}, counted.options.filters?.[name] ?? '');
}

/**
 * Loads what a first search needs when the reader comes to the search box: the manifest of the first results of
 * one-word searches (a few bytes). Pagefind (its script, worker, WebAssembly and every part's page list, 200 kB
 * at 20,000 letters) loads once a search has shown its first results, or when a search needs it.
 */
function warmUp(input: HTMLInputElement): void {
  input.addEventListener('focus', () => void loadFirstResults(), { once: true });
}

/**
 * Wires the search form to the URL: every search can be linked, reloaded, and gone back to. Typing and
 * moving through a menu search at once but add one history entry, replaced until the reader presses
 * Enter or leaves the box or menu; Enter adds one of its own.
 */
export function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('q');
  const order = form.elements.namedItem('sort') as HTMLSelectElement;
  const view: SearchView = { status: byId('search-status'), list: byId('search-results'), box: byId('search-citation'), more: byId('search-more') };
  byId('search-controls').hidden = false;
  const facets = byId<HTMLDetailsElement>('search-facets');
  facets.addEventListener('toggle', () => void countFacets(form));
  warmUp(input);
  let lastRun: string | null = null; // the search last run, as its query string
  let running = false;
  const run = async (state: SearchState) => {
    lastRun = writeState(state);
    const mine = ++shownRun;
    running = true;
    const result = await showSearch(state, view);
    if (!result || mine !== shownRun) return;
    running = false;
    shown = result;
    if (state.q) void loadPagefind(); // for the searches after this one, once this one is shown
    order.value = state.sort || result.defaultOrder;
    await countFacets(form);
  };
  let live = false; // the current history entry is one that typing keeps replacing
  const write = (state: SearchState, how: 'live' | 'commit') => {
    const url = `${location.pathname}${writeState(state)}`;
    if (how === 'live' && live) history.replaceState(null, '', url);
    else if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    live = how === 'live';
  };
  const fromUrl = () => {
    live = false;
    const state = readState(location.search);
    state.q = cleanQuery(state.q);
    showState(form, state);
    void run(state);
  };
  fromUrl();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchNow = (how: 'live' | 'commit') => {
    clearTimeout(timer);
    timer = undefined;
    const state = stateFromForm(form);
    write(state, how);
    if (writeState(state) !== lastRun) void run(state);
    else if (!running) setBusy(view, false);
  };
  const later = () => {
    setBusy(view, true);
    clearTimeout(timer);
    timer = setTimeout(() => searchNow('live'), TYPING_PAUSE_MS);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    input.value = cleanQuery(input.value);
    searchNow('commit');
  });
  input.addEventListener('input', later);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') later();
  });
  // Leaving the box or a menu keeps the search it shows as an entry of its own.
  form.addEventListener('focusout', () => {
    if (timer !== undefined) searchNow('live');
    live = false;
  });
  startSuggestions(input, byId('search-suggestions'), { leaveDown: () => view.list.querySelector<HTMLElement>('a.result-title')?.focus() });
  startResultKeys(view.list, input);
  window.addEventListener('popstate', fromUrl);
}
