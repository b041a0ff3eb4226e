// Suggestions under the search box (the ARIA combobox pattern, list autocomplete): the people,
// organisations and documents whose names begin with what is typed, from a small prefix index: the shard of
// the first two characters typed (a few kB), loaded on focus for what the box holds and then as one types.
import { documentSuggestions, matchSuggestions, shardFileName, shardKey, type SuggestionEntry } from '../../lib/search/suggestions.ts';
import { loadSymbols } from './citation.ts';
import { element } from './render.ts';

const KIND_WORDS: Record<SuggestionEntry[0], string> = { person: 'Person', organisation: 'Organisation', document: 'Document' };

const shards = new Map<string, Promise<SuggestionEntry[]>>();
let documents: Promise<SuggestionEntry[]> | undefined;
let keys: Promise<Set<string>> | undefined;

/** The shards that exist (a list of two-character keys), loaded when the box gets focus. */
function loadKeys(): Promise<Set<string>> {
  keys ??= fetch('/search/suggest-keys.json').then(async (r) => new Set(r.ok ? ((await r.json()) as string[]) : []));
  return keys;
}

/**
 * The entries a query can match: the people and organisations of its shard (none is a shard that does not
 * exist), and, when it has a digit, the documents of the symbol index, which the citation search shares.
 */
async function loadEntries(query: string): Promise<SuggestionEntry[]> {
  const key = shardKey(query);
  // Asked again after the await: keystrokes that came meanwhile must not fetch the same shard again.
  if (key && !shards.has(key) && (await loadKeys()).has(key) && !shards.has(key)) {
    shards.set(key, fetch(`/search/suggest/${shardFileName(key)}.json`).then((r) => (r.ok ? (r.json() as Promise<SuggestionEntry[]>) : [])));
  }
  const parties = (key && shards.get(key)) || Promise.resolve([]);
  if (/\d/.test(query)) documents ??= loadSymbols().then(documentSuggestions);
  return Promise.all([parties, /\d/.test(query) ? documents! : []]).then(([found, docs]) => [...found, ...docs]);
}

/** What the search page does with the keys a combobox does not use. */
export interface SuggestHandlers {
  /** ArrowDown with no suggestion left below: move on to the results. */
  leaveDown(): void;
}

/**
 * Makes the search box a combobox: suggestions appear as one types, ArrowDown and ArrowUp move through them
 * (aria-activedescendant, the focus stays in the box), Enter opens the one chosen, Escape closes the list.
 */
export function startSuggestions(input: HTMLInputElement, listbox: HTMLElement, handlers: SuggestHandlers): void {
  // A combobox only once the script runs: without it the box is a plain search box.
  for (const [name, value] of [['role', 'combobox'], ['aria-autocomplete', 'list'], ['aria-expanded', 'false'], ['aria-controls', listbox.id]] as const) input.setAttribute(name, value);
  let shown: SuggestionEntry[] = [];
  let active = -1;
  let typed = 0;
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const setActive = (next: number) => {
    active = next;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = (entry: SuggestionEntry) => location.assign(entry[2]);
  const show = (entries: SuggestionEntry[]) => {
    shown = entries;
    listbox.replaceChildren(
      ...entries.map((entry, i) => {
        const option = element('li');
        option.id = `suggestion-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.append(element('span', KIND_WORDS[entry[0]], 'suggestion-kind'), ' ', element('bdi', entry[1]));
        // mousedown, not click: the box keeps the focus, so the list is still there when the click lands.
        option.addEventListener('mousedown', (event) => (event.preventDefault(), open(entry)));
        return option;
      }),
    );
    listbox.hidden = !entries.length;
    input.setAttribute('aria-expanded', String(entries.length > 0));
    setActive(-1);
  };
  input.addEventListener('focus', () => void loadKeys().then(() => loadEntries(input.value)));
  input.addEventListener('input', async () => {
    const mine = ++typed;
    const entries = matchSuggestions(await loadEntries(input.value), input.value);
    if (mine === typed && document.activeElement === input) show(entries);
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden && shown.length > 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (expanded && active < shown.length - 1) setActive(active + 1);
      else (close(), handlers.leaveDown());
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive(active <= 0 ? shown.length - 1 : active - 1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      open(shown[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  // A search submitted while suggestions were still loading keeps them closed: those that arrive after it are dropped.
  input.form?.addEventListener('submit', () => {
    typed++;
    close();
  });
}
