import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIRST_CARDS, textWords, type PartFinding } from '../lib/search/first-results.ts';
import { NO_PART, NO_WORD, PART_FILTER, sameLetters, verdictOn } from '../lib/search/part-words.ts';
import { resultCard } from '../lib/search/result-cards.ts';
import type { Pagefind, PagefindSearch } from '../lib/search/pagefind-api.ts';

// What one part of the search index finds for each word, as the search page would find it in that part
// (../scripts/search/parts.ts): the part's count and its best results, with their scores and cards.

/** Pagefind's fragment files: gzip, then this signature, then the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The words of a part's letters as Pagefind indexed them, each with how many letters of the part hold it. */
export async function partWordLetters(site: string, path: string): Promise<Record<string, number>> {
  const folder = join(site, path, 'fragment');
  const letters: Record<string, number> = {};
  for (const name of await readdir(folder)) {
    const json = gunzipSync(await readFile(join(folder, name))).toString('utf8');
    if (!json.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${join(folder, name)} is not a Pagefind fragment`);
    const { content } = JSON.parse(json.slice(FRAGMENT_SIGNATURE.length)) as { content: string };
    for (const word of new Set(textWords(content))) letters[word] = (letters[word] ?? 0) + 1;
  }
  return letters;
}

/** A search's count and its best results with their cards. */
async function findingOf(found: PagefindSearch): Promise<PartFinding> {
  const best = found.results.slice(0, FIRST_CARDS);
  const top = await Promise.all(best.map(async (result): Promise<PartFinding['top'][number]> => [result.score, resultCard(await result.data()), result.id]));
  return { count: found.results.length, top };
}

/** How many letters the part finds for a term, without building the results (./pagefind-in-node.ts opens it with its part filter). */
async function countOf(pagefind: Pagefind, term: string, part: string): Promise<number> {
  const found = await pagefind.search(term, { filters: { [PART_FILTER]: NO_PART } });
  return found.totalFilters?.[PART_FILTER]?.[part] ?? 0;
}

/**
 * What the part finds for a word, or null when the search page would leave the part out: the same searches and
 * verdict (../lib/search/part-words.ts) tell a word of the part beginning with the typed one from Pagefind's fallback
 * to a shorter word. Words of the part's own text need them too: Pagefind splits some words as the page does not
 * ("d'Ivoire").
 */
export async function partFinding(pagefind: Pagefind, word: string, part: string): Promise<PartFinding | null> {
  const exact = await countOf(pagefind, `"${word}"`, part);
  const plain = await pagefind.search(word);
  const counts = { exact: { [part]: exact }, plain: { [part]: plain.results.length }, beyond: { [part]: 0 } };
  if (!exact && plain.results.length) counts.beyond[part] = await countOf(pagefind, `${word}${NO_WORD}`, part);
  const verdict = verdictOn({ text: word, exact: false }, part, counts);
  if (verdict === 'lacks') return null;
  if (verdict === 'unsure' && sameLetters(plain.results, (await pagefind.search(`${word}${NO_WORD}`)).results)) return null;
  return findingOf(plain);
}
