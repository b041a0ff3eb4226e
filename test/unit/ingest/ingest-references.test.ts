import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../../src/ingest/archive-state.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest-source.ts';
import { contentDir } from '../../support/paths.ts';

// The ingest resolves a letter's references against the letters the archive already holds. On 16 February 2022 the
// default archive holds two letters between the Secretary-General and the President of the Security Council, one
// each way (S/2022/141 and S/2022/126): only who wrote to whom tells which one "your letter" of that day is.

/** The President's real reply S/2022/142, with its words changed as the test needs. */
const reply = (change: (text: string) => string) => change(readFileSync(join(contentDir, 'sources', '2022-02-21-nebenzia-s-2022-142.txt'), 'utf8'));
const withoutSymbol = (text: string) => text.replace('16 February 2022\n(S/2022/141) concerning', '16 February 2022 concerning');

/** The references of the first letter a source holds, ingested into the default archive. */
function referencesOf(source: string, knowsLetters = true) {
  const context = new ArchiveState(contentDir).contextFor([], true);
  const { letters } = ingestSource(source, knowsLetters ? context : { ...context, knownLetters: undefined });
  return letters[0]!.refersTo;
}

describe('the ingest, resolving a letter\'s references against the archive', () => {
  it('gives "your letter" of a day with two letters to the one the addressee wrote, though no symbol is cited', () => {
    const source = reply(withoutSymbol);
    expect(source).not.toContain('S/2022/141');
    expect(referencesOf(source)).toEqual([expect.objectContaining({ letter: '2022-02-16-guterres-s-2022-141', relation: 'answers', date: '2022-02-16', symbol: null })]);
  });

  it('gives "my letter" of that day to the one the sender wrote', () => {
    const source = reply((text) => withoutSymbol(text).replace('that your letter dated', 'that my letter dated'));
    expect(referencesOf(source)).toEqual([expect.objectContaining({ letter: '2022-02-16-nebenzia-s-2022-126', date: '2022-02-16' })]);
  });

  it('leaves the reference as text, with no letter, when the archive holds no letter of its day', () => {
    const source = reply((text) => withoutSymbol(text).replace('16 February 2022 concerning', '15 February 2022 concerning'));
    expect(referencesOf(source)).toEqual([expect.objectContaining({ letter: null, date: '2022-02-15', symbol: null })]);
  });

  it('leaves it unresolved when the ingest is given no letters of the archive to match', () => {
    expect(referencesOf(reply(withoutSymbol), false)).toEqual([expect.objectContaining({ letter: null, date: '2022-02-16' })]);
  });
});
