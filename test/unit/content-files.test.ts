import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentFiles } from '../../src/ingest/content-files.ts';

// The ingest writes in the background: what it reads back meanwhile, and what the disk holds at the end, must be
// what it would have been had every write been made at once, in order.

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ContentFiles', () => {
  it('reads a file whose write is pending as it was asked to be written, not as the disk holds it', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'old.mdx'), 'on disk');
    const files = new ContentFiles(dir);
    files.write('old.mdx', 'written', 'a.txt');
    expect(files.readText('old.mdx')).toBe('written');
    expect(Buffer.from(files.readBytes('old.mdx')).toString()).toBe('written');
    expect(await files.flush()).toEqual([]);
    expect(readFileSync(join(dir, 'old.mdx'), 'utf8')).toBe('written');
  });

  it('leaves on disk the last of several writes of one file, and makes the folders they need', async () => {
    const dir = scratch();
    const files = new ContentFiles(dir);
    for (let i = 0; i < 50; i++) files.write(`letters/x.mdx`, `version ${i}`, 'a.txt');
    for (let i = 0; i < 50; i++) files.write(`people/p${i}.yaml`, `name: ${i}\n`, 'a.txt');
    await files.flush();
    expect(readFileSync(join(dir, 'letters/x.mdx'), 'utf8')).toBe('version 49');
    expect(readFileSync(join(dir, 'people/p37.yaml'), 'utf8')).toBe('name: 37\n');
    expect(files.readText('letters/x.mdx')).toBe('version 49');
  });

  it('names the file that could not be written and the input it was written for', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'letters', 'x.mdx'), { recursive: true });
    const files = new ContentFiles(dir);
    files.write('letters/x.mdx', 'text', 'batch/a.txt');
    files.write('letters/y.mdx', 'text', 'batch/b.txt');
    expect(await files.flush()).toEqual([{ path: 'letters/x.mdx', input: 'batch/a.txt', message: expect.stringMatching(/EISDIR/) }]);
    expect(readFileSync(join(dir, 'letters/y.mdx'), 'utf8')).toBe('text');
  });
});
