import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../../src/ingest/archive-state.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest-source.ts';
import { estimateDate, fingerprint, isUntouched, letterFileText, letterFrontmatter, recordedAddition } from '../../../src/lib/ingest/letter-file.ts';
import { letterSchema } from '../../../src/schema/index.ts';
import { seedSource, contentDir } from '../../support/paths.ts';

const { letters } = ingestSource(readFileSync(seedSource('2015-12-14-lykketoft-ign-meetings'), 'utf8'), new ArchiveState(contentDir).contextFor([], true));
const [cover, enclosed] = letters as [(typeof letters)[0], (typeof letters)[0]];
const written = letterFileText(letterFrontmatter(cover, 'sources/2015-12-14-lykketoft.txt', null), cover.body);

describe('fingerprint', () => {
  it('is stable: the same text always gives the same fingerprint', () => {
    expect(fingerprint('Excellency,')).toBe(fingerprint('Excellency,'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it.each(['Excellency', 'excellency,', 'Excellency, ', 'Excellency,\n'])('changes when the text changes, as for %j', (other) => {
    expect(fingerprint(other)).not.toBe(fingerprint('Excellency,'));
  });
});

describe('letterFileText and isUntouched', () => {
  it('writes the frontmatter, its fingerprint and the body', () => {
    expect(written).toMatch(/^---\n[\s\S]*\ningestDigest: "[0-9a-f]+"\n---\n\n/);
    expect(written.endsWith(cover.body)).toBe(true);
    expect(parse(written.split('\n---\n')[0]!.slice(4))).toMatchObject({ title: cover.title, date: '2015-12-14', reviewed: false });
  });

  it('writes the same file twice from the same letter', () => {
    expect(letterFileText(letterFrontmatter(cover, 'sources/2015-12-14-lykketoft.txt', null), cover.body)).toBe(written);
  });

  it('knows a file as the ingest wrote it', () => {
    expect(isUntouched(written)).toBe(true);
  });

  it.each([
    ['a word of the body changed', (t: string) => t.replace('Excellency', 'Excellencies')],
    ['a line added to the body', (t: string) => `${t}\nA note by the editor.\n`],
    ['the frontmatter changed', (t: string) => t.replace('reviewed: false', 'reviewed: true')],
    ['the fingerprint removed', (t: string) => t.replace(/ingestDigest: .*\n/, '')],
    ['a space added at the end', (t: string) => `${t} `],
  ])('knows a file edited after ingest: %s', (_, edit) => {
    const edited = edit(written);
    expect(edited).not.toBe(written);
    expect(isUntouched(edited)).toBe(false);
  });
});

describe('letterFrontmatter', () => {
  it('records the day the letter was added when given, and writes no such field when not', () => {
    expect(letterFrontmatter(cover, 'sources/x.txt', null, '2026-12-02')).toMatchObject({ added: '2026-12-02' });
    expect(letterFrontmatter(cover, 'sources/x.txt', null)).not.toHaveProperty('added');
    expect(letterSchema.parse(letterFrontmatter(cover, 'sources/x.txt', null, '2026-12-02')).added).toBe('2026-12-02');
  });

  it('records the source file and lines, and passes the letter schema', () => {
    const frontmatter = letterFrontmatter(enclosed, 'sources/2015-12-14-lykketoft.txt', null);
    expect(frontmatter).toMatchObject({ source: { file: 'sources/2015-12-14-lykketoft.txt', lines: [20, 47] }, enclosedIn: cover.id, place: 'New York' });
    expect(letterSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('links a sender the archive knows by id, and keeps the name only of one it does not', () => {
    const frontmatter = letterFrontmatter(enclosed, 'sources/x.txt', null) as { senders: Array<Record<string, unknown>> };
    expect(frontmatter.senders[0]).toMatchObject({ person: 'sylvie-lucas', name: null });
  });

  it('gives an undated letter its estimated date and why', () => {
    const undated = { ...cover, date: null };
    expect(letterFrontmatter(undated, 'sources/x.txt', estimateDate(undated, null))).toMatchObject({
      date: null,
      dateEstimate: '2015-12-14',
      dateNote: 'Undated; placed at the latest date it names.',
    });
  });
});

describe('estimateDate', () => {
  it("places an undated enclosure at its cover letter's date", () => {
    expect(estimateDate({ ...enclosed, date: null }, '2015-12-14')).toEqual({ estimate: '2015-12-14', note: 'Undated; placed at the date of the letter that encloses it.' });
  });

  it('places an undated letter at the latest full date it names', () => {
    expect(estimateDate({ ...enclosed, date: null }, null)).toEqual({ estimate: '2016-02-03', note: 'Undated; placed at the latest date it names.' });
  });

  it('gives no estimate to a letter that names no date', () => {
    expect(estimateDate({ ...enclosed, date: null, dates: [] }, null)).toBeNull();
  });
});

describe('recordedAddition', () => {
  it('reads back the day of addition from a file the ingest wrote', () => {
    const file = letterFileText(letterFrontmatter(cover, 'sources/x.txt', null, '2026-11-23'), cover.body);
    expect(recordedAddition(file)).toBe('2026-11-23');
  });

  it('finds none in a file without one, nor in a body that happens to say "added:"', () => {
    expect(recordedAddition(written)).toBeNull();
    expect(recordedAddition(`---\ntitle: x\n---\n\nadded: 2026-01-01\n`)).toBeNull();
  });
});
