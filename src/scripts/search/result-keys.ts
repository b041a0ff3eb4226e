/**
 * Arrow keys through the results: ArrowDown and ArrowUp move the focus from one result's title to the
 * next (ArrowUp from the first goes back to the search box); Enter opens the one focused, as any link does.
 */
export function startResultKeys(list: HTMLElement, box: HTMLInputElement): void {
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const titles = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
    const at = titles.findIndex((title) => title.closest('li')?.contains(document.activeElement));
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? titles[Math.min(at + 1, titles.length - 1)] : titles[at - 1];
    (next ?? box).focus();
  });
}
