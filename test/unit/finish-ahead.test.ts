import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishAhead, whenJsonWritten } from '../../src/finish/ahead.ts';
import { drawShareImagesAhead, writeShareImages } from '../../src/finish/share-images/index.ts';

let root: string;
beforeEach(() => void (root = mkdtempSync(join(tmpdir(), 'finish-ahead-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const letter = (id: string, title: string) => ({ id, title, date: '2015-12-14', dateEstimate: null, senders: [{ name: 'Mogens Lykketoft' }] });

describe('work begun while Astro still renders', () => {
  it('waits for a JSON file until it is whole', async () => {
    const file = join(root, 'letters.json');
    const waiting = whenJsonWritten(pathToFileURL(file), Date.now() - 1000, new AbortController().signal);
    writeFileSync(file, '[{"id": "a"');
    setTimeout(() => writeFileSync(file, '[{"id": "a"}]'), 300);
    await expect(waiting).resolves.toBe(true);
  });

  it('does not take a file left by an earlier build', async () => {
    const file = join(root, 'letters.json');
    writeFileSync(file, '[]');
    utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 500);
    await expect(whenJsonWritten(pathToFileURL(file), Date.now(), stop.signal)).resolves.toBe(false);
  });

  it('makes the share images and the files beside each letter once Astro has written /data/, before the letter pages exist', async () => {
    const site = join(root, 'site');
    mkdirSync(join(site, 'data'), { recursive: true });
    const since = Date.now() - 1000;
    const done = finishAhead({ site: 'https://example.org', outDir: site, cacheDir: join(root, 'cache'), searchPartLetters: 5000, firstResultsWords: 10_000 }, since, new AbortController().signal);
    writeFileSync(join(site, 'data/letters.csl.json'), JSON.stringify([{ id: 'a', type: 'personal_communication', genre: 'Letter', title: 'Letter dated 14 December 2015', author: [{ literal: 'Mogens Lykketoft' }], issued: { 'date-parts': [[2015, 12, 14]] } }]));
    writeFileSync(join(site, 'data/letters.json'), JSON.stringify([letter('a', 'Letter dated 14 December 2015')]));
    const work = await done;
    expect(work.letterFiles).toBe(true);
    expect(work.lines).toEqual([expect.stringMatching(/^1 share images drawn into the cache/), expect.stringMatching(/^4 letter files .*, while Astro built$/)]);
    expect(['letter.json', 'cite.json', 'cite.bib', 'cite.ris'].map((name) => existsSync(join(site, 'letters/a', name)))).toEqual([true, true, true, true]);
    expect(readFileSync(join(site, 'letters/a/cite.bib'), 'utf8')).toMatch(/^@misc\{Mogens2015Letter,/);
  });

  it('does nothing when Astro exits before writing /data/', async () => {
    const stop = new AbortController();
    const done = finishAhead({ site: 'https://example.org', outDir: join(root, 'site'), cacheDir: join(root, 'cache'), searchPartLetters: 5000, firstResultsWords: 10_000 }, Date.now(), stop.signal);
    stop.abort();
    await expect(done).resolves.toEqual({ lines: [], letterFiles: false });
  });

  it('draws the share images into the cache, so that the finishing step only places them', async () => {
    const site = join(root, 'site');
    mkdirSync(join(site, 'data'), { recursive: true });
    writeFileSync(join(site, 'data/letters.json'), JSON.stringify([letter('a', 'Letter dated 14 December 2015'), letter('b', 'Another letter')]));
    const [dir, cache] = [pathToFileURL(`${site}/`), pathToFileURL(`${root}/cache/`)];
    expect(await drawShareImagesAhead(dir, cache)).toMatch(/^2 share images drawn into the cache/);
    for (const id of ['a', 'b']) mkdirSync(join(site, 'letters', id), { recursive: true });
    expect(await writeShareImages(dir, cache)).toMatch(/: 0 rendered, 2 from the cache$/);
    expect(['a', 'b'].map((id) => existsSync(join(site, 'letters', id, 'share.png')))).toEqual([true, true]);
  });
});
