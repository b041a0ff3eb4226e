import { describe, expect, it } from 'vitest';
import { isNoindex, sitemapFiles } from '../../../src/lib/publish/sitemap.ts';

const site = 'https://un-letters.example.org';

describe('the sitemap', () => {
  it('lists every page in /sitemap.xml when they fit in one file', () => {
    const files = sitemapFiles([`${site}/`, `${site}/letters/a&b/`], site);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>${site}/</loc></url>\n<url><loc>${site}/letters/a&amp;b/</loc></url>\n</urlset>\n`,
    );
  });

  it('becomes an index of numbered sitemaps past the limit, every page listed once', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `${site}/letters/${i}/`);
    const files = sitemapFiles(urls, site, 2);
    expect([...files.keys()]).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain(`<sitemap><loc>${site}/sitemap-3.xml</loc></sitemap>`);
    const listed = [...files.entries()].filter(([name]) => name !== 'sitemap.xml').flatMap(([, xml]) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(listed).toEqual(urls);
  });

  it('leaves out pages that ask not to be indexed, such as redirect pages', () => {
    expect(isNoindex('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A letter</title>')).toBe(false);
  });
});
