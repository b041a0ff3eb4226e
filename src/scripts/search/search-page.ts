// The search page's script: runs the search in the URL through Pagefind (or, for a citation, through the
// document it names), shows facets with counts and the order chosen, and keeps all of it in the URL.
import { parseCitationQuery } from '../../lib/search/citation-query.ts';
import { resolveCitation } from './citation.ts';
import { loadPagefind, type SearchOptions } from './pagefind.ts';
import { citationBox, fillFacet, resultItem } from './render.ts';
import { FACET_NAMES, readState, writeState, type SearchState } from './state.ts';

const PAGE = 25;
let run = 0;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function stateFromForm(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const filters: Record<string, string> = {};
  for (const name of FACET_NAMES) if (data.get(name)) filters[name] = String(data.get(name));
  const sort = String(data.get('sort') ?? '');
  return { q: String(data.get('q') ?? '').trim(), sort: sort === 'newest' || sort === 'oldest' ? sort : '', filters };
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

/** The search on show, which the facet menus count when they are opened. */
let shownSearch: { term: string | null; options: SearchOptions; state: SearchState; mine: number } | null = null;

/**
 * Fills the facet menus with the number of letters for each value, once the reader has opened them
 * (or the URL narrows by a facet). Pagefind counts only the facets whose index it has loaded, and the
 * indexes of all six facets weigh more than the rest of a first search: they load only when wanted.
 */
async function countFacets(form: HTMLFormElement): Promise<void> {
  const facets = byId<HTMLDetailsElement>('search-facets');
  const shown = shownSearch;
  if (!facets.open || !shown) return;
  const pagefind = await loadPagefind();
  const everything = await pagefind.filters();
  const counts = shown.term === null && !Object.keys(shown.options.filters ?? {}).length ? everything : (await pagefind.search(shown.term, shown.options)).filters;
  if (shown.mine !== run) return;
  for (const name of FACET_NAMES) fillFacet(form.elements.namedItem(name) as HTMLSelectElement, counts[name] ?? {}, shown.state.filters[name] ?? '');
}

/**
 * Starts Pagefind (its script, worker, WebAssembly and page list) when the reader comes to the search
 * box, and loads the index for the words as they are typed, so that Enter finds most of it loaded.
 */
function warmUpWhileTyping(input: HTMLInputElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void loadPagefind().then((pagefind) => pagefind.init()), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const words = input.value.trim();
    if (words.length < 3 || parseCitationQuery(words)) return;
    timer = setTimeout(() => void loadPagefind().then((pagefind) => pagefind.preload(words)), 150);
  });
}

async function search(state: SearchState, form: HTMLFormElement): Promise<void> {
  const mine = ++run;
  shownSearch = null;
  const status = byId('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const box = byId('search-citation');
  const more = byId<HTMLButtonElement>('search-more');
  if (!state.q && !Object.keys(state.filters).length) {
    status.textContent = 'Type words, a phrase in quotes, a name or a resolution number; or choose a year, session or sender.';
    list.replaceChildren();
    box.replaceChildren();
    more.hidden = true;
    shownSearch = { term: null, options: {}, state, mine };
    await countFacets(form);
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await loadPagefind();
  const citation = state.q ? await resolveCitation(state.q) : null;
  if (mine !== run) return;
  box.replaceChildren(...(citation ? [citationBox(citation)] : []));
  if (citation && !citation.found) {
    status.textContent = '0 letters';
    list.replaceChildren();
    more.hidden = true;
    return;
  }
  const filters = citation?.found ? { ...state.filters, document: citation.record.symbol } : state.filters;
  const order = state.sort || (citation || !state.q ? 'newest' : '');
  const sort = order ? { date: order === 'newest' ? ('desc' as const) : ('asc' as const) } : undefined;
  const term = citation || !state.q ? null : state.q;
  const options: SearchOptions = { filters, sort };
  const found = await pagefind.search(term, options);
  if (mine !== run) return;
  const count = found.results.length;
  let shown = 0;
  // The page's results load together but show one by one, in order, as soon as each has arrived.
  const showMore = async () => {
    const next = found.results.slice(shown, shown + PAGE).map((r) => r.data());
    shown += next.length;
    more.hidden = true;
    for (const data of next) {
      const result = await data;
      if (mine !== run) return;
      list.append(resultItem(result));
    }
    more.hidden = shown >= count;
  };
  list.replaceChildren();
  more.onclick = () => void showMore();
  await showMore();
  if (mine !== run) return;
  // Announced once the results it counts are on the page, not while the previous ones still are.
  status.textContent = `${count.toLocaleString('en')} ${count === 1 ? 'letter' : 'letters'}${state.q && !citation ? ` for “${state.q}”` : ''}`;
  shownSearch = { term, options, state, mine };
  await countFacets(form);
}

/** Wires the search form to the URL: every search can be linked, reloaded, and gone back to. */
export function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-form');
  byId('search-controls').hidden = false;
  const facets = byId<HTMLDetailsElement>('search-facets');
  facets.addEventListener('toggle', () => void countFacets(form));
  warmUpWhileTyping(byId<HTMLInputElement>('q'));
  const fromUrl = () => {
    const state = readState(location.search);
    showState(form, state);
    void search(state, form);
  };
  fromUrl();
  const submit = () => {
    const state = stateFromForm(form);
    history.pushState(null, '', `${location.pathname}${writeState(state)}`);
    void search(state, form);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') submit();
  });
  window.addEventListener('popstate', fromUrl);
}
