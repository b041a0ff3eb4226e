import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, seedSource } from '../support/paths.ts';

// The ingest command as an editor runs it, against a copy of the archive and a batch of files, good and bad.

const project = projectRoot;
const scratch = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
const batch = join(scratch, 'batch');

/** Runs `node src/ingest/main.ts` in the project with the given arguments. */
function ingest(...args: string[]) {
  const run = spawnSync(join(project, 'node_modules/.bin/node'), ['src/ingest/main.ts', ...args], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh copy of the project's content folder. */
function copyOfContent(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(project, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file of a folder, with its bytes and when it was last written. */
function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), { text: readFileSync(full, 'latin1'), mtime: statSync(full).mtimeMs });
    }
  };
  walk(dir);
  return files;
}

/** The letters a report lists, with what became of each file. */
const reported = (stdout: string) => [...stdout.matchAll(/^(\S+) {2}(\S+) {2}.* {2}\[(.+)\]$/gm)].map((m) => ({ id: m[1]!, status: m[3]! }));

const goodLetter = `THE PRESIDENT OF THE GENERAL ASSEMBLY

3 May 2017

Excellency,

I have the honour to inform you that the high-level meeting on the follow-up to resolution 71/1 will be held on 22 May 2017.

Please accept, Excellency, the assurances of my highest consideration.

Peter Thomson

To All Permanent Representatives and Permanent Observers to the United Nations
New York
`;

const seed = (name: string) => readFileSync(seedSource(name));

beforeAll(() => {
  mkdirSync(batch);
  const files: Record<string, Uint8Array> = {
    'a-good.txt': Buffer.from(goodLetter),
    'b-crlf-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed('2015-12-14-lykketoft-ign-meetings').toString('utf8').replace(/\n/g, '\r\n'))]),
    // "Ciarán", "café" and "€" in Windows-1252: bytes that are not UTF-8.
    'c-latin1.txt': Buffer.from('14 March 2017\n\nExcellency,\n\nI write about the caf\xe9 of the D\xe9l\xe9gation and its 5 \x80 coffee.\n\nYours sincerely,\n\nCiar\xe1n Mac Aodha\n', 'latin1'),
    'd-nul.txt': Buffer.from(seed('undated-1-for-7-billion-civil-society').toString('utf8').replace('Dear', 'De\0ar').replace('welcome', 'wel\0come')),
    'e-long-line.txt': Buffer.from(longLine()),
    'f-empty.txt': new Uint8Array(),
    'g-binary.txt': randomBytes(4096),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(batch, name), bytes);
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One line of a megabyte: prose with a date and a citation now and then, and no line break. */
function longLine(): string {
  const words = 'the Member States welcomed the informal dialogues with candidates and the process of selection which we support'.split(' ');
  const out: string[] = [];
  for (let i = 0, length = 0; length < 1_000_000; i++) {
    const word = i % 150 === 149 ? 'on 3 May 2017 under resolution 69/321' : words[i % words.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ').slice(0, 1_000_000);
}

/** Bytes as a binary file has them: many NULs among random bytes (a fixed sequence, so that runs compare). */
function randomBytes(length: number): Uint8Array {
  let state = 12345;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 3 === 0 ? 0 : state % 256;
  });
}

describe('the ingest command, on a batch of good and bad files', () => {
  let content: string;
  let first: ReturnType<typeof ingest>;

  beforeAll(() => {
    content = copyOfContent('content');
    first = ingest('--content', content, batch);
  }, 120_000);

  it('refuses the empty file and the binary file, naming each, and exits with a failure', () => {
    expect(first.status).not.toBe(0);
    expect(first.stdout).toContain(`error: ${join(batch, 'f-empty.txt')}: refused: empty file`);
    expect(first.stdout).toContain(`error: ${join(batch, 'g-binary.txt')}: refused: binary file`);
    expect(first.stdout).toMatch(/; 2 files failed$/m);
  });

  it('ingests every other file: each letter has its MDX, and its source is kept as it came', () => {
    const letters = reported(first.stdout);
    // The good letter, the cover letter and its enclosure, the Latin-1 letter, the letter with NUL bytes, the long line.
    expect(letters).toHaveLength(6);
    expect(letters.every((l) => l.status === 'new')).toBe(true);
    const sources = new Set<string>();
    for (const { id } of letters) {
      const file = readFileSync(join(content, 'letters', `${id}.mdx`), 'utf8');
      const frontmatter = parse(file.split('\n---\n')[0]!.slice(4)) as { source: { file: string } };
      sources.add(readFileSync(join(content, frontmatter.source.file)).toString('base64'));
    }
    const accepted = ['a-good.txt', 'b-crlf-bom.txt', 'c-latin1.txt', 'd-nul.txt', 'e-long-line.txt'];
    expect([...sources].sort()).toEqual(accepted.map((name) => readFileSync(join(batch, name)).toString('base64')).sort());
  });

  it('says in the report that the Latin-1 file was read as Windows-1252, and that NUL bytes were removed', () => {
    expect(first.stdout).toContain(`${join(batch, 'c-latin1.txt')}:1: warning (encoding): not valid UTF-8: read as Windows-1252 (Latin-1)`);
    expect(first.stdout).toContain(`${join(batch, 'd-nul.txt')}:1: warning (encoding): NUL bytes removed`);
  });

  it('reads the Latin-1 letter with its accents', () => {
    const id = reported(first.stdout).find((l) => l.id.startsWith('2017-03-14'))!.id;
    expect(readFileSync(join(content, 'letters', `${id}.mdx`), 'utf8')).toContain('café of the Délégation and its 5 € coffee');
  });

  it('changes nothing when the same batch is ingested again, and says so', () => {
    const before = snapshot(content);
    const again = ingest('--content', content, batch);
    expect(snapshot(content)).toEqual(before);
    expect(reported(again.stdout).map((l) => l.status)).toEqual(Array(6).fill('unchanged'));
    expect(again.stdout).toContain('(0 new, 0 updated, 6 unchanged, 0 kept as edited, 0 people/organisations/documents added for review)');
  }, 60_000);

  it('keeps a letter edited by hand and warns about it, and overwrites it with --force', () => {
    const id = reported(first.stdout).find((l) => l.id.startsWith('2017-05-03'))!.id;
    const path = join(content, 'letters', `${id}.mdx`);
    const asIngested = readFileSync(path, 'utf8');
    const edited = asIngested.replace('Excellency,', 'Excellency, (salutation checked by the editor)');
    writeFileSync(path, edited);

    const kept = ingest('--content', content, batch);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(kept.stdout).toContain(`letters/${id}.mdx was edited after ingest; kept as it is (--force overwrites it)`);
    expect(reported(kept.stdout).find((l) => l.id === id)!.status).toBe('kept (edited by hand; --force overwrites)');

    const forced = ingest('--force', '--content', content, batch);
    expect(readFileSync(path, 'utf8')).toBe(asIngested);
    expect(reported(forced.stdout).find((l) => l.id === id)!.status).toBe('updated');
  }, 60_000);
});

describe('the ingest command with --dry-run --json', () => {
  it('prints only a JSON array of the letters, with exactly the fields of the contract, and writes nothing', () => {
    const content = copyOfContent('dry-run-content');
    const before = snapshot(content);
    const run = ingest('--dry-run', '--json', '--content', content, batch);
    expect(snapshot(content)).toEqual(before);

    const letters = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(Array.isArray(letters)).toBe(true);
    expect(letters).toHaveLength(6);
    for (const letter of letters) {
      expect(Object.keys(letter).sort()).toEqual(['date', 'dates', 'documents', 'enclosedIn', 'enclosures', 'id', 'people', 'recipients', 'senders', 'source'].sort());
    }
    expect(letters.find((l) => l.source === join(batch, 'a-good.txt'))).toMatchObject({ date: '2017-05-03', documents: ['A/RES/71/1'], dates: ['2017-05-03', '2017-05-22'] });
    // The refused files are named on the error stream, so that standard output stays JSON.
    expect(run.stderr).toContain('f-empty.txt: refused: empty file');
    expect(run.status).not.toBe(0);
  }, 60_000);
});

describe('the ingest command, on a flattened letter and on names printed family name first', () => {
  it('writes a flattened letter with every word, from its one line of text, and records a family name printed first in capitals', () => {
    // An archive that knows neither of the names printed family name first: the register knows Zhang Yesui, the editors Ban Ki-moon.
    const content = copyOfContent('names-content');
    rmSync(join(content, 'register'), { recursive: true, force: true });
    rmSync(join(content, 'people', 'zhang-yesui.yaml'), { force: true });
    const fixtures = join(project, 'test/fixtures/ingest');
    const run = ingest('--content', content, join(fixtures, '44-flat-ban-meron-judge.txt'), join(fixtures, '46-identical-letters-titles-signatories.txt'));
    expect(run.status).toBe(0);
    const letters = readdirSync(join(content, 'letters'));
    const flat = letters.find((f) => f.startsWith('2012-02-23-ban-'))!;
    const frontmatter = parse(readFileSync(join(content, 'letters', flat), 'utf8').split('\n---\n')[0]!.slice(4)) as { source: { lines: number[] }; senders: Array<{ person: string }> };
    expect(frontmatter.source.lines).toEqual([1, 2]);
    expect(frontmatter.senders[0]!.person).toBe('ban-ki-moon');
    expect(parse(readFileSync(join(content, 'people', 'zhang-yesui.yaml'), 'utf8'))).toEqual({ name: 'Zhang Yesui', familyName: 'Zhang', reviewed: false });
    expect(letters.some((f) => f.startsWith('2009-12-11-zhang-'))).toBe(true);
  }, 60_000);
});
