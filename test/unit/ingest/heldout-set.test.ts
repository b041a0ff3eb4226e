/** The held-out labelled set (test/fixtures/ingest-heldout/) is large enough, well formed and kept apart from the development fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HELDOUT = fileURLToPath(new URL('../../fixtures/ingest-heldout/', import.meta.url));
const DEVELOPMENT = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const FIELDS = ['source', 'id', 'date', 'senders', 'recipients', 'documents', 'people', 'dates', 'enclosures', 'enclosedIn'];
const sources = readdirSync(HELDOUT).filter((f) => f.endsWith('.txt')).sort();
const labels = (file: string) => JSON.parse(readFileSync(HELDOUT + file.replace(/\.txt$/, '.expected.json'), 'utf8')) as Array<Record<string, unknown>>;
const masthead = (text: string) => /^\s*(\S*?S\/\d{4}\/\d+)/.exec(text)?.[1];

describe('the held-out labelled set', () => {
  it('holds at least 40 letters, at least 5 of them flattened into one line', () => {
    expect(sources.length).toBeGreaterThanOrEqual(40);
    const flat = sources.filter((f) => f.startsWith('flat-'));
    expect(flat.length).toBeGreaterThanOrEqual(5);
    for (const file of flat) expect(readFileSync(HELDOUT + file, 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });

  it.each(sources)('labels %s with exactly the contract fields, under its own path', (file) => {
    for (const letter of labels(file)) {
      expect(Object.keys(letter).sort()).toEqual([...FIELDS].sort());
      expect(letter.source).toBe(`test/fixtures/ingest-heldout/${file}`);
      if (letter.date !== null) expect(letter.dates).toContain(letter.date);
    }
  });

  it('shares no letter with the development fixtures', () => {
    const developed = new Set(readdirSync(DEVELOPMENT).filter((f) => f.endsWith('.txt')).map((f) => masthead(readFileSync(DEVELOPMENT + f, 'utf8'))));
    const shared = sources.map((f) => masthead(readFileSync(HELDOUT + f, 'utf8'))).filter((symbol) => symbol !== undefined && developed.has(symbol));
    expect(shared).toEqual([]);
  });
});
