import { describe, expect, it } from 'vitest';
import { FIRST_CARDS, foundAhead, mergeFindings, wordsAhead, shardCount, shardOfWord, singleWord, splitFirstResults, textWords, type FirstResults, type PartFinding } from '../../../src/lib/search/first-results.ts';
import type { CardData } from '../../../src/lib/search/result-cards.ts';

const card = (url: string): CardData => ({ url, title: url, meta: '', passages: [] });
const finding = (count: number, ...top: Array<[number, string]>): PartFinding => ({ count, top: top.map(([score, url]) => [score, card(url), `id-${url}`]) });

describe('the first results of a one-word search', () => {
  it('merges the parts as Pagefind merges indexes: by score, ties in the order of the parts, counts added up', () => {
    const merged = mergeFindings([finding(10, [0.9, '/a/'], [0.5, '/b/']), finding(3, [0.7, '/c/'], [0.5, '/d/'])], 3);
    expect(merged.count).toBe(13);
    expect(merged.cards.map((c) => c.url)).toEqual(['/a/', '/c/', '/b/']);
    expect(merged.ids).toEqual(['id-/a/', 'id-/c/', 'id-/b/']);
  });

  it('keeps at most a screen of cards, and none for a word no part holds', () => {
    const many = finding(40, ...Array.from({ length: 9 }, (_, i): [number, string] => [1 - i / 10, `/l${i}/`]));
    expect(mergeFindings([many]).cards).toHaveLength(FIRST_CARDS);
    expect(mergeFindings([])).toEqual({ count: 0, cards: [], ids: [] });
  });

  it('takes a query as one word only when it is letters and digits alone, in lower case', () => {
    expect(singleWord(' Delegations ')).toBe('delegations');
    expect(singleWord('Côte')).toBe('côte');
    expect(singleWord('2016')).toBe('2016');
    for (const query of ['peace operations', '"peace"', 'Council,', '69/321', 'd’Ivoire', '']) expect(singleWord(query)).toBeNull();
  });

  it('finds ahead the words of three characters or more, counted as a reader sees them', () => {
    expect(['the', 'côte', '1325', '日本語'].every(foundAhead)).toBe(true);
    expect(['in', 'i', '69', '日本'].some(foundAhead)).toBe(false);
  });

  it('finds ahead the words held by most letters first, ties in alphabetical order, up to the bound', () => {
    const letters = new Map([['peace', 40], ['in', 90], ['council', 40], ['lykketoft', 3], ['zzq', 1], ['security', 55]]);
    expect(wordsAhead(letters, 3)).toEqual(['security', 'council', 'peace']);
    expect(wordsAhead(letters)).toEqual(['security', 'council', 'peace', 'lykketoft', 'zzq']);
  });

  it('splits a text into words as Pagefind splits a query', () => {
    expect(textWords("Côte d'Ivoire, S/2005/127 (2005).")).toEqual(['côte', 'd', 'ivoire', 's', '2005', '127', '2005']);
  });

  it('files every word in the shard its name hashes to, a few words a shard', () => {
    const records = new Map<string, FirstResults>(['peace', 'security', 'council', 'lykketoft', 'côte', '69', 'a', 'b', 'c', 'd'].map((word) => [word, { count: 1, cards: [], ids: [] }]));
    const { manifest, shards } = splitFirstResults(records);
    expect(manifest).toEqual({ shards: shardCount(10), cards: FIRST_CARDS });
    expect(shards).toHaveLength(2);
    for (const word of records.keys()) expect(shards[shardOfWord(word, manifest.shards)]![word]).toEqual({ count: 1, cards: [], ids: [] });
    expect(shards.reduce((sum, shard) => sum + Object.keys(shard).length, 0)).toBe(10);
  });

  it('hashes a word to the same shard every time, inside the range', () => {
    expect(shardOfWord('delegations', 965)).toBe(shardOfWord('delegations', 965));
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((w) => shardOfWord(w, 1000))).size).toBeGreaterThan(4);
    for (const word of ['a', 'peace', 'côte', '日本']) expect(shardOfWord(word, 7)).toBeLessThan(7);
  });
});
