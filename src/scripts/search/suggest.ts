// Suggestions under the search box (the ARIA combobox pattern, list autocomplete): the people,
// organisations and documents whose names begin with what is typed, from a small index loaded on focus.
import { documentSuggestions, matchSuggestions, type SuggestionEntry } from '../../lib/search/suggestions.ts';
import { loadSymbols } from './citation.ts';
import { element } from './render.ts';

const KIND_WORDS: Record<SuggestionEntry[0], string> = { person: 'Person', organisation: 'Organisation', document: 'Document' };

let index: Promise<SuggestionEntry[]> | undefined;

/** The suggestion index: people and organisations (suggestions.json) and the documents of the symbol index, loaded once. */
function loadIndex(): Promise<SuggestionEntry[]> {
  const parties = fetch('/search/suggestions.json').then((r) => (r.ok ? (r.json() as Promise<SuggestionEntry[]>) : []));
  index ??= Promise.all([parties, loadSymbols()]).then(([entries, symbols]) => [...entries, ...documentSuggestions(symbols)]);
  return index;
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
  input.addEventListener('focus', () => void loadIndex(), { once: true });
  input.addEventListener('input', async () => {
    const mine = ++typed;
    const entries = matchSuggestions(await loadIndex(), input.value);
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
  input.form?.addEventListener('submit', close);
}
