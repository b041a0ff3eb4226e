// The first results of one-word searches, found at build. Pagefind's page list grows with the archive (about 10
// bytes a letter in every part's meta, all of it loaded by the first search), so a first search cost 431 kB at
// 20,000 letters before its first result. For a query of one word the first cards come from here instead: Pagefind
// itself ran the search at build, part by part, and its results are merged as the browser merges them; the rest of
// the list, the facets and every other query still come from Pagefind, loaded after the first cards are shown.
import type { CardData } from './result-cards.ts';

/** How many cards a word's record holds: about a screen of results. */
export const FIRST_CARDS = 5;

/** About how many words one shard holds: a shard is a few kB gzipped. */
export const WORDS_PER_SHARD = 8;

/** What one part of the index found for a word: how many letters, and its best results with Pagefind's scores. */
export interface PartFinding {
  count: number;
  top: Array<[score: number, card: CardData, id: string]>;
}

/** What the whole index finds for a word: how many letters, and the first cards in Pagefind's order with its ids of them. */
export interface FirstResults {
  count: number;
  cards: CardData[];
  ids: string[];
}

/** The manifest the search page reads (/search/first/index.json): how many shards, and cards per word. */
export interface FirstResultsManifest {
  shards: number;
  cards: number;
}

/** One shard of the first results: word → its count and cards. */
export type FirstResultsShard = Record<string, FirstResults>;

/**
 * The results of the parts that hold a word, merged as Pagefind merges indexes (all results one part after the
 * other, oldest part first, then sorted by score, ties kept in that order), cut to `max` cards.
 */
export function mergeFindings(findings: readonly PartFinding[], max = FIRST_CARDS): FirstResults {
  const all = findings.flatMap((finding) => finding.top);
  const sorted = all.map((entry, i) => ({ entry, i })).sort((a, b) => b.entry[0] - a.entry[0] || a.i - b.i);
  const first = sorted.slice(0, max).map(({ entry }) => entry);
  return { count: findings.reduce((sum, finding) => sum + finding.count, 0), cards: first.map((entry) => entry[1]), ids: first.map((entry) => entry[2]) };
}

/**
 * The word a query is, when it is one word and nothing else (letters and digits, any case), in lower case as the
 * records are kept; null for anything else (phrases, several words, punctuation), which Pagefind searches.
 */
export function singleWord(query: string): string | null {
  const word = query.trim();
  return /^[\p{L}\p{N}]+$/u.test(word) ? word.toLowerCase() : null;
}

/**
 * The shortest word whose first results are found at build. Pagefind widens a word of one or two letters to every
 * word beginning with them ("in": most letters of the archive), which cost a third of the build's searches at
 * 20,000 letters for queries no reader means; they are searched by Pagefind in the browser.
 */
export const MIN_WORD_LENGTH = 3;

/** Whether the first results of a word are found at build: a word of MIN_WORD_LENGTH characters or more. */
export function foundAhead(word: string): boolean {
  return [...word].length >= MIN_WORD_LENGTH;
}

/** The words of an indexed text, as Pagefind splits a query: lower case, split at anything but a letter or digit. */
export function textWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The shard a word is kept in: FNV-1a of its UTF-16 code units, modulo the number of shards. */
export function shardOfWord(word: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/**
 * The most words whose first results are found at build. Each word is searched in every part of the index (about
 * 4.4 ms of CPU a word and part at 20,000 letters), and the vocabulary of real letters keeps growing with them (the
 * 148 Security Council letters of the corpus hold 5,538 words of three letters or more, 3,026 of them in one letter
 * only), so without a bound the build's searches would grow as words times parts. The words found in most letters
 * are those a reader's first query most likely is; any other word is searched by Pagefind in the browser.
 */
export const MAX_WORDS_AHEAD = 10_000;

/**
 * The words whose first results are found at build: of three characters or more, those found in most letters first
 * (ties in alphabetical order), at most `max` of them. `letters` counts, for each word, the letters holding it.
 */
export function wordsAhead(letters: ReadonlyMap<string, number>, max = MAX_WORDS_AHEAD): string[] {
  const words = [...letters.keys()].filter(foundAhead);
  words.sort((a, b) => letters.get(b)! - letters.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  return words.slice(0, max);
}

/** How many shards a vocabulary of `words` words is split into. */
export function shardCount(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_SHARD));
}

/** Splits the words' first results into shards, each word in the shard shardOfWord names. */
export function splitFirstResults(records: ReadonlyMap<string, FirstResults>): { manifest: FirstResultsManifest; shards: FirstResultsShard[] } {
  const count = shardCount(records.size);
  const shards: FirstResultsShard[] = Array.from({ length: count }, () => ({}));
  for (const word of [...records.keys()].sort()) shards[shardOfWord(word, count)]![word] = records.get(word)!;
  return { manifest: { shards: count, cards: FIRST_CARDS }, shards };
}

/** The folder the first results are served from. */
export const FIRST_RESULTS_PATH = '/search/first/';
