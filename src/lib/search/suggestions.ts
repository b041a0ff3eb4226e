import type { Archive } from '../archive/archive.ts';
import { describeSymbol, parseSymbol, slugifySymbol } from '../../schema/symbols.ts';
import type { SymbolIndex } from './search-data.ts';

/** What a suggestion offers: a person, an organisation or a document of the archive. */
export type SuggestionKind = 'person' | 'organisation' | 'document';

/** One entry of the suggestion index: kind, the name shown, its page, other names it is found by (one a line), and how many letters it is in. */
export type SuggestionEntry = [kind: SuggestionKind, label: string, url: string, otherNames: string, letters: number];

/** The suggestion index split by the first two characters of each word of every name: what one query needs is a few kB. */
export type SuggestionShards = Record<string, SuggestionEntry[]>;

/** How many suggestions the search box offers at most. */
export const MAX_SUGGESTIONS = 6;

/**
 * The suggestion index of people and organisations in at least one letter, most letters first: the register's
 * hundreds of office-holders and States with no letter would crowd out those a search can find. Documents are suggested from the
 * symbol index the citation search loads anyway (documentSuggestions), which is smaller than their titles.
 */
export function suggestionIndex(archive: Archive): SuggestionEntry[] {
  const letterCount = (ids: string[]) => new Set(ids).size;
  const entries: SuggestionEntry[] = [];
  for (const p of archive.people.values()) {
    entries.push(['person', p.data.name, `/people/${p.id}/`, p.data.aliases.join('\n'), letterCount([...p.sent, ...p.received, ...p.mentioned.map((m) => m.letter)])]);
  }
  for (const o of archive.organisations.values()) {
    const others = [o.data.shortName, ...o.data.aliases].filter((name): name is string => Boolean(name));
    entries.push(['organisation', o.data.name, `/organisations/${o.id}/`, others.join('\n'), letterCount([...o.sent, ...o.received, ...o.mentioned.map((m) => m.letter)])]);
  }
  return entries.filter((entry) => entry[4] > 0).sort((a, b) => b[4] - a[4] || a[1].localeCompare(b[1]));
}

/** A name as suggestions compare it: lower case, without accents, punctuation as spaces ("A/RES/69/321" is "a res 69 321"). */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The entries a query names: those with a name, or another name, in which the query begins a word
 * ("lykke" finds Mogens Lykketoft, "69/3" resolution 69/321). Names that begin with the query come first,
 * then those in most letters. Fewer than two letters or digits suggest nothing.
 */
export function matchSuggestions(index: SuggestionEntry[], query: string, max = MAX_SUGGESTIONS): SuggestionEntry[] {
  const folded = foldName(query);
  if (folded.replace(/ /g, '').length < 2) return [];
  const rank = (entry: SuggestionEntry): number => {
    const names = [entry[1], ...entry[3].split('\n')].map(foldName);
    if (names.some((name) => name.startsWith(folded))) return 2;
    return names.some((name) => ` ${name}`.includes(` ${folded}`)) ? 1 : 0;
  };
  const ranked = index.map((entry) => [entry, rank(entry)] as const).filter(([, r]) => r > 0);
  return ranked.sort((a, b) => b[1] - a[1] || b[0][4] - a[0][4]).slice(0, max).map(([entry]) => entry);
}

/** The documents of the symbol index as suggestions: the symbol shown, found too by its description ("resolution 69/321"). */
export function documentSuggestions(index: SymbolIndex): SuggestionEntry[] {
  return Object.entries(index).flatMap(([prefix, rests]) =>
    rests.map((rest): SuggestionEntry => {
      const symbol = prefix + rest;
      const parsed = parseSymbol(symbol);
      return ['document', symbol, `/documents/${slugifySymbol(symbol)}/`, parsed ? describeSymbol(parsed) : '', 0];
    }),
  );
}

/** The shard a query reads: the first two characters of its first word, folded; null when that word is shorter. */
export function shardKey(query: string): string | null {
  const first = foldName(query).split(' ')[0] ?? '';
  return [...first].length >= 2 ? [...first].slice(0, 2).join('') : null;
}

/** A shard key as a file name of letters, digits and hyphens (the code points in base 36): "ly" is "30-3d". */
export function shardFileName(key: string): string {
  return [...key].map((c) => c.codePointAt(0)!.toString(36)).join('-');
}

/** Splits the index into shards: each entry goes in the shard of every word of its names (so "lykke" finds Mogens Lykketoft). */
export function splitSuggestions(index: SuggestionEntry[]): SuggestionShards {
  const shards: SuggestionShards = {};
  for (const entry of index) {
    const keys = new Set([entry[1], ...entry[3].split('\n')].flatMap((name) => foldName(name).split(' ')).map(shardKey).filter((key): key is string => key !== null));
    for (const key of keys) (shards[key] ??= []).push(entry);
  }
  return shards;
}
