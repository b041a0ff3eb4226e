import { describe, expect, it } from 'vitest';
import { atomDate, renderAtomFeed } from '../../../src/lib/publish/atom.ts';
import { FEED_SIZE, feedPath, letterFeed } from '../../../src/lib/publish/letter-feeds.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();

describe('feeds of letters', () => {
  it('live at /feeds/letters.xml for all letters and beside each person, organisation and document page', () => {
    expect(feedPath()).toBe('/feeds/letters.xml');
    expect(feedPath({ kind: 'documents', id: 'a-res-69-321' })).toBe('/documents/a-res-69-321/feed.xml');
  });

  it('follow the letters citing a document, newest first, each once, with date, author and summary', () => {
    const doc = archive.documents.get('A/RES/69/321')!;
    const ids = doc.citations.map((c) => c.letter);
    const feed = letterFeed({ title: 'Letters citing A/RES/69/321', subtitle: 's', path: '/documents/a-res-69-321/feed.xml', pagePath: '/documents/a-res-69-321/', ids: [...ids, ...ids], archive, site: SEED_SITE });
    expect(feed.selfUrl).toBe('https://un-letters.example.org/documents/a-res-69-321/feed.xml');
    expect(feed.updated).toBe('2021-01-28T00:00:00Z');
    expect(feed.entries.map((e) => e.id)).toEqual([
      'https://un-letters.example.org/letters/2021-01-28-donaldson-selection-process/',
      'https://un-letters.example.org/letters/undated-1-for-7-billion-civil-society/',
    ]);
    expect(feed.entries[0]).toMatchObject({ authors: ['Ben Donaldson'], updated: '2021-01-28T00:00:00Z', summary: '28 January 2021. From Ben Donaldson to Volkan Bozkir.' });
    expect(feed.entries[1]!.updated).toBe(atomDate('2017-01-01'));
  });

  it(`holds at most the newest ${FEED_SIZE} letters`, () => {
    const ids = Array.from({ length: FEED_SIZE + 5 }, () => archive.letters.map((l) => l.id)).flat();
    expect(letterFeed({ title: 't', subtitle: 's', path: '/feeds/letters.xml', pagePath: '/letters/', ids, archive, site: SEED_SITE }).entries.length).toBeLessThanOrEqual(FEED_SIZE);
  });

  it('writes Atom with the feed id, self link, updated date and entries, escaping text', () => {
    const xml = renderAtomFeed({
      title: 'A & B',
      subtitle: 's',
      selfUrl: 'https://x.test/feed.xml',
      pageUrl: 'https://x.test/',
      updated: '2015-12-11T00:00:00Z',
      authorName: 'UN Letters Archive',
      entries: [{ id: 'https://x.test/a/', title: 'Letter <1>', url: 'https://x.test/a/', updated: '2015-12-11T00:00:00Z', authors: ['Sylvie Lucas'], summary: 'From "A"' }],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.test/feed.xml"/>');
    expect(xml).toContain('<entry><id>https://x.test/a/</id><title>Letter &lt;1&gt;</title>');
    expect(xml).toContain('<author><name>Sylvie Lucas</name></author><summary>From &quot;A&quot;</summary></entry>');
  });
});
