// The search page's only script: runs the query in the URL (?q=...) through Pagefind and lists the letters found.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  search(term: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const RESULTS_SHOWN = 25;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = [data.meta.date, data.meta.sender && `From ${data.meta.sender}`].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the page text and adds only <mark> around matches.
  item.append(link, meta, excerpt);
  return item;
}

async function runSearch(query: string): Promise<void> {
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const search = await (await loadPagefind()).search(query);
  const shown = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
  const count = search.results.length;
  status.textContent = count === 0 ? `No letter matches “${query}”.` : `${count} ${count === 1 ? 'letter' : 'letters'} found${count > RESULTS_SHOWN ? `; the first ${RESULTS_SHOWN} are shown` : ''}.`;
  list.replaceChildren(...shown.map(resultItem));
}

/** Wires the search form to the URL, so that every search can be linked and the back button works. */
export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const fromUrl = () => new URLSearchParams(location.search).get('q') ?? '';
  input.value = fromUrl();
  void runSearch(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.pushState(null, '', url);
    void runSearch(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = fromUrl();
    void runSearch(input.value);
  });
}
