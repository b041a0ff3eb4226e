import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../../src/ingest/archive-state.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest-source.ts';
import { reportLine, warningLine } from '../../../src/lib/ingest/report.ts';
import { seedSource, contentDir } from '../../support/paths.ts';

const ingest = (seed: string) => ingestSource(readFileSync(seedSource(seed), 'utf8'), new ArchiveState(contentDir).contextFor([], true));

describe('reportLine', () => {
  it("gives the letter's id, date, sender, counts of what it names and what became of its file", () => {
    const [letter] = ingest('2021-01-28-donaldson-selection-process').letters;
    expect(reportLine(letter!, 'new')).toBe('2021-01-28-donaldson  2021-01-28  Ben Donaldson  1 documents, 3 people, 6 organisations, 2 dates  [new]');
  });

  it('names an undated letter signed by a campaign by its role', () => {
    const [letter] = ingest('undated-1-for-7-billion-civil-society').letters;
    expect(reportLine(letter!, 'unchanged')).toMatch(/^undated-1-for-7-billion {2}undated {2}The 1 for 7 Billion campaign {2}.* \[unchanged\]$/);
  });

  it('says when no one is known to have sent a letter', () => {
    const [letter] = ingest('2021-01-28-donaldson-selection-process').letters;
    expect(reportLine({ ...letter!, senders: [] }, 'not written (dry run)')).toContain('  sender unknown  ');
  });

  it.each(['new', 'updated', 'unchanged', 'kept (edited by hand; --force overwrites)', 'not written (dry run)'] as const)('ends with the status [%s]', (status) => {
    const [letter] = ingest('2021-01-28-donaldson-selection-process').letters;
    expect(reportLine(letter!, status).endsWith(`[${status}]`)).toBe(true);
  });
});

describe('warningLine', () => {
  it('names the file and line, the kind of warning and the message, as a compiler would', () => {
    const { warnings } = ingest('undated-1-for-7-billion-civil-society');
    expect(warnings.map((w) => warningLine('batch/001.txt', w))).toEqual(['batch/001.txt:3: warning (no-date): no date found for this letter']);
  });
});
