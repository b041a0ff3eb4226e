import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readLetterFiles } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { useSite } from '../support/site.ts';
import { loadContentArchive } from '../support/content-archive.ts';
import { FEED_SIZE } from '../../src/lib/publish/letter-feeds.ts';

const letters = readLetterFiles(contentDir);
const idsOf = (folder: string) => readdirSync(`${contentDir}/${folder}`).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
// The archive's people and organisations: its own files joined with the register's office-holders and States.
const seed = loadContentArchive();
const entityIds = (kind: 'people' | 'organisations') => [...seed[kind].keys()];

/** Parses XML in the browser: the number of elements of each local name asked for, or the parser's error. */
async function parseXml(page: Page, text: string, names: string[]): Promise<Record<string, number> | string> {
  return page.evaluate(
    ([xml, wanted]) => {
      const doc = new DOMParser().parseFromString(xml as string, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) return error.textContent ?? 'parser error';
      return Object.fromEntries((wanted as string[]).map((n) => [n, doc.getElementsByTagNameNS('*', n).length]));
    },
    [text, names] as const,
  );
}

/** Splits RFC 4180 CSV into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g)) {
    if (m[0] === '') break;
    rows.at(-1)!.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    if (m[2] === '\r\n') rows.push([]);
  }
  return rows.filter((r) => r.length > 1);
}

describe('feeds, open data and metadata for machines', () => {
  const site = useSite();
  const get = async (path: string) => {
    const response = await fetch(site.baseUrl + path);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  // A fresh page for each test: the harness closes every page it opened after each test.
  let page: Page;
  beforeEach(async () => {
    page = (await site.open()).page;
  });

  it('/data/letters.json lists every letter with its required fields, one a line, and each letter.json beside its page matches', async () => {
    const text = await get('/data/letters.json');
    const records = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.id).sort()).toEqual(letters.map((l) => l.id).sort());
    expect(text.split('\n')).toHaveLength(letters.length + 3);
    for (const record of records) {
      for (const field of ['id', 'url', 'title', 'kind', 'date', 'session', 'senders', 'recipients', 'documents', 'people', 'organisations', 'source', 'files']) expect(record, `${record.id}.${field}`).toHaveProperty(field);
      expect(JSON.parse(await get(`/letters/${record.id}/letter.json`))).toEqual(record);
    }
  });

  it('/data/letters.csv has a header and one row per letter, and the people, organisations and documents files list every entity', async () => {
    const rows = parseCsv(await get('/data/letters.csv'));
    expect(rows[0]!.slice(0, 5)).toEqual(['id', 'url', 'title', 'kind', 'date']);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(letters.map((l) => l.id).sort());
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const people = (JSON.parse(await get('/data/people.json')) as Array<{ id: string }>).map((p) => p.id).sort();
    const organisations = (JSON.parse(await get('/data/organisations.json')) as Array<{ id: string }>).map((o) => o.id).sort();
    expect(people).toEqual(entityIds('people').sort());
    expect(organisations).toEqual(entityIds('organisations').sort());
    // Every file of content/people and content/organisations among them, and the register's beside them.
    expect(people).toEqual(expect.arrayContaining([...idsOf('people'), 'ban-ki-moon', 'trygve-lie']));
    expect(organisations).toEqual(expect.arrayContaining([...idsOf('organisations'), 'turkiye', 'bolivia-plurinational-state-of']));
    const documents = JSON.parse(await get('/data/documents.json')) as Array<{ symbol: string; citedBy: unknown[] }>;
    expect(documents).toHaveLength(idsOf('documents').length);
    expect(documents.find((d) => d.symbol === 'A/RES/69/321')!.citedBy.length).toBeGreaterThan(0);
  });

  it('/data/cmif.xml is well-formed TEI with a correspDesc per letter, each with sender, addressee and licence', async () => {
    const xml = await get('/data/cmif.xml');
    expect(await parseXml(page, xml, ['TEI', 'correspDesc', 'correspAction', 'licence', 'date'])).toMatchObject({ TEI: 1, correspDesc: letters.length, correspAction: letters.length * 2, licence: 1 });
    expect(xml).toContain('<ref type="https://lod.academy/cmif/vocab/terms#mentionsBibl" target="https://un-letters.example.org/documents/a-res-69-321/">A/RES/69/321</ref>');
  });

  it('the Atom feeds of all letters and of every person, organisation and document are well-formed and linked from their pages', async () => {
    // The feed of all letters carries the newest ones, as many as FEED_SIZE.
    expect(await parseXml(page, await get('/feeds/letters.xml'), ['feed', 'entry', 'updated'])).toMatchObject({ feed: 1, entry: Math.min(letters.length, FEED_SIZE) });
    const owners = [...entityIds('people').map((id) => `/people/${id}/`), ...entityIds('organisations').map((id) => `/organisations/${id}/`), ...idsOf('documents').map((id) => `/documents/${id}/`)];
    for (const path of owners) {
      const parsed = await parseXml(page, await get(`${path}feed.xml`), ['feed', 'entry']);
      expect(parsed, path).toMatchObject({ feed: 1 });
      expect(await get(path)).toContain(`<link rel="alternate" type="application/atom+xml" title="`);
      expect(await get(path), path).toContain(`href="${path}feed.xml"`);
    }
    expect(await parseXml(page, await get('/documents/a-res-69-321/feed.xml'), ['entry'])).toEqual({ entry: 2 });
  });

  it('letter, document, person and data pages describe themselves in JSON-LD of the fitting schema.org type', async () => {
    const jsonLd = async (path: string) => {
      await page.goto(site.baseUrl + path);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks, path).toHaveLength(1);
      return JSON.parse(blocks[0]!) as Record<string, unknown>;
    };
    for (const letter of letters) {
      const data = await jsonLd(`/letters/${letter.id}/`);
      expect(data, letter.id).toMatchObject({ '@context': 'https://schema.org', '@type': 'Message', name: letter.frontmatter.title });
      // A sender for every letter (the editors' review left none without), and its addressees where it has them.
      expect((data.sender as unknown[]).length, letter.id).toBeGreaterThan(0);
      if ((letter.frontmatter.recipients as unknown[]).length) expect((data.recipient as unknown[]).length, letter.id).toBeGreaterThan(0);
      if (letter.frontmatter.date) expect(data.dateSent).toBe(letter.frontmatter.date);
    }
    expect(await jsonLd('/letters/2015-12-14-lykketoft-ign-meetings/')).toHaveProperty('messageAttachment');
    expect(await jsonLd('/documents/a-res-69-321/')).toMatchObject({ '@type': 'Legislation', legislationIdentifier: 'A/RES/69/321' });
    expect(await jsonLd('/people/mogens-lykketoft/')).toMatchObject({ '@type': 'Person', name: 'Mogens Lykketoft' });
    expect(await jsonLd('/data/')).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('each letter has citation files, citation_* tags, preview tags and a 1200x630 PNG share image', async () => {
    for (const { id } of letters) {
      expect(await get(`/letters/${id}/cite.bib`)).toMatch(new RegExp(`^@(misc|techreport)\\{${id.replace(/-/g, '_')},`));
      expect(await get(`/letters/${id}/cite.ris`)).toMatch(/^TY {2}- (PCOMM|RPRT)\r\n[\s\S]*\r\nER {2}- \r\n$/);
      expect(JSON.parse(await get(`/letters/${id}/cite.json`))[0]).toMatchObject({ id });
      const html = await get(`/letters/${id}/`);
      for (const name of ['citation_title', 'citation_author', 'citation_public_url']) expect(html, `${id} ${name}`).toContain(`<meta name="${name}"`);
      expect(html).toContain(`<meta property="og:image" content="https://un-letters.example.org/letters/${id}/share.png">`);
      const png = Buffer.from(await (await fetch(`${site.baseUrl}/letters/${id}/share.png`)).arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('the IGN meeting of 3 February 2016 is a calendar event at 10 a.m. New York time in the Trusteeship Council Chamber', async () => {
    const ics = (await get('/letters/2015-12-11-lucas-ign-meetings/event-2016-02-03.ics')).replace(/\r\n /g, '');
    expect(ics).toContain('\r\nDTSTART:20160203T150000Z\r\n');
    expect(ics).toContain('\r\nLOCATION:Trusteeship Council Chamber\\, New York\r\n');
    expect(await get('/dates/2016/02/03/')).toContain('href="/letters/2015-12-11-lucas-ign-meetings/event-2016-02-03.ics"');
  });

  it('the sitemap lists every letter page but no redirect page, and robots.txt points at it', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(await parseXml(page, sitemap, ['urlset'])).toEqual({ urlset: 1 });
    for (const { id } of letters) expect(sitemap).toContain(`<loc>https://un-letters.example.org/letters/${id}/</loc>`);
    expect(sitemap).not.toContain('/documents/A/RES/69/321/');
    expect(sitemap).not.toContain('/letters/2015-12-11-lucas-ign/');
    expect(await get('/robots.txt')).toContain('Sitemap: https://un-letters.example.org/sitemap.xml');
  });
});
