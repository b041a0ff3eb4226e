import type { Pagefind, PagefindSearch, ResultData, SearchOptions } from '../../lib/search/pagefind-api.ts';
import { PAGEFIND_PATH, type PartsManifest } from '../../lib/search/search-parts.ts';
import { inParts, PART_FILTER } from './parts.ts';

export type { Pagefind, PagefindSearch, ResultData, SearchOptions };

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, its results' URLs carrying ?highlight= so that the letter page marks the words searched,
 * with every part of the index (/pagefind/parts.json) merged in.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= Promise.all([
    import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`) as Promise<Pagefind>,
    fetch(`${PAGEFIND_PATH}parts.json`).then((response) => response.json() as Promise<PartsManifest>),
  ]).then(async ([pagefind, manifest]) => {
    await pagefind.options({ highlightParam: 'highlight' });
    const [first, ...rest] = manifest.parts;
    if (!first || !rest.length) return pagefind;
    await pagefind.init();
    await pagefind.options({ mergeFilter: { [PART_FILTER]: first.key } });
    await Promise.all(rest.map((part) => pagefind.mergeIndex(part.path, { highlightParam: 'highlight', mergeFilter: { [PART_FILTER]: part.key } })));
    return inParts(pagefind, manifest.parts.map((part) => part.key));
  });
  return loading;
}
