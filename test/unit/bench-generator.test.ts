import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArchive } from '../../scripts/bench/archive.mjs';
import { generateOrganisations, scaleFor } from '../../scripts/bench/entities.mjs';
import { createRandom } from '../../scripts/bench/random.mjs';
import { splitFrontmatter, validateFiles } from '../../scripts/bench/validate.mjs';
import { collectProblems } from '../../src/data/problems.ts';
import { splitParagraphs } from '../../src/lib/text/mentions.ts';
import { documentSchema, letterSchema, organisationSchema, personSchema } from '../../src/schema/index.ts';

// 400 letters: enough for every shape (undated, enclosures, lists, each kind) at the generator's rates.
const archive = generateArchive({ letters: 400, seed: 'unit-test' });
const files = archive.files;

// The collections as the build hands them to the reference check: id, validated data, body, file.
function collections() {
  const entries = <T,>(folder: string, ext: string, read: (text: string) => T) =>
    [...files].filter(([path]) => path.startsWith(`${folder}/`)).map(([path, text]) => ({ id: path.slice(folder.length + 1, -ext.length), path, ...read(text) }));
  const letters = entries('letters', '.mdx', (text) => {
    const { data, body } = splitFrontmatter(text);
    return { data: letterSchema.parse(data), body, filePath: '' };
  }).map((l) => ({ ...l, filePath: l.path }));
  return {
    letters,
    people: entries('people', '.yaml', (text) => ({ data: personSchema.parse(parse(text)) })),
    organisations: entries('organisations', '.yaml', (text) => ({ data: organisationSchema.parse(parse(text)) })),
    documents: entries('documents', '.yaml', (text) => ({ data: documentSchema.parse(parse(text)) })),
  };
}

describe('bench generator', () => {
  it('writes the same archive, byte for byte, for the same seed', () => {
    const again = generateArchive({ letters: 400, seed: 'unit-test' });
    expect([...again.files.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(again.files.get(path), path).toBe(text);
  });

  it('writes a different archive for another seed', () => {
    const other = generateArchive({ letters: 400, seed: 'another seed' });
    const letters = (f: Map<string, string>) => [...f].filter(([p]) => p.startsWith('letters/')).map(([, t]) => t);
    expect(letters(other.files)).not.toEqual(letters(files));
  });

  it('writes exactly the requested number of letters, each with a source', () => {
    const letterFiles = [...files.keys()].filter((p) => p.startsWith('letters/'));
    expect(letterFiles).toHaveLength(400);
    expect(archive.counts.letters).toBe(400);
  });

  it('passes the site schemas for every letter, person, organisation and document', () => {
    expect(validateFiles(files).problems).toEqual([]);
  });

  it('points every mention and frontmatter reference at a generated entity (the build check finds nothing)', () => {
    const readText = (path: string) => files.get(path) ?? '';
    expect(collectProblems(collections(), readText)).toEqual([]);
  });

  it('links cover and enclosed letters both ways and gives each a line range inside an existing source', () => {
    const { letters } = collections();
    const byId = new Map(letters.map((l) => [l.id, l]));
    let enclosed = 0;
    for (const letter of letters) {
      for (const id of letter.data.encloses) {
        enclosed++;
        expect(byId.get(id)?.data.enclosedIn, `${id} names its cover`).toBe(letter.id);
        expect(byId.get(id)?.data.source.file, `${id} shares the source of its cover`).toBe(letter.data.source.file);
      }
      if (letter.data.enclosedIn) expect(byId.get(letter.data.enclosedIn)?.data.encloses).toContain(letter.id);
      for (const ref of letter.data.refersTo) if (ref.letter) expect(byId.has(ref.letter), ref.letter).toBe(true);
      const source = files.get(`${letter.data.source.file}`);
      expect(source, letter.data.source.file).toBeDefined();
      const [first, last] = letter.data.source.lines;
      expect(last, letter.id).toBeLessThanOrEqual(source!.split('\n').length);
      expect(source!.split('\n')[first - 1]!.trim(), `${letter.id} starts on a line of text`).not.toBe('');
    }
    expect(enclosed).toBeGreaterThan(0);
  });

  it('varies the letters: 3 to 40 paragraphs, lists, undated letters, every kind, every recipient shape', () => {
    const { letters } = collections();
    const paragraphs = letters.map((l) => splitParagraphs(l.body).length);
    expect(Math.min(...paragraphs)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...paragraphs)).toBeLessThanOrEqual(40);
    expect(Math.max(...paragraphs)).toBeGreaterThan(25);
    expect(letters.some((l) => /^(?:- |\d+\. )/m.test(l.body))).toBe(true);
    expect(letters.filter((l) => l.data.date === null).every((l) => l.data.dateEstimate !== null)).toBe(true);
    expect(letters.some((l) => l.data.date === null)).toBe(true);
    expect(new Set(letters.map((l) => l.data.kind))).toEqual(new Set(['letter', 'identical-letters', 'note-verbale', 'memorandum']));
    const recipients = letters.flatMap((l) => l.data.recipients);
    expect(recipients.some((r) => r.group)).toBe(true);
    expect(recipients.some((r) => r.person)).toBe(true);
    expect(recipients.some((r) => r.organisation)).toBe(true);
    const years = letters.map((l) => Number((l.data.date ?? l.data.dateEstimate!).slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1960);
    expect(Math.max(...years)).toBeGreaterThan(2020);
  });

  it('names as many distinct organisations as 100,000 letters ask for, and more, each passing the schema', () => {
    for (const count of [scaleFor(100_000).organisations, 5_000]) {
      const orgs = generateOrganisations(createRandom('unit-test', 'organisations'), count);
      expect(orgs).toHaveLength(count);
      expect(new Set(orgs.map((o) => o.id)).size).toBe(count);
    }
    const orgs = generateOrganisations(createRandom('unit-test', 'organisations'), scaleFor(100_000).organisations);
    for (const o of orgs) expect(organisationSchema.safeParse({ name: o.name, shortName: o.shortName, aliases: o.aliases, kind: o.kind }).success, o.id).toBe(true);
  });
});
