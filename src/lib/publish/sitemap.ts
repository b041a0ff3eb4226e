import { escapeXml } from './xml.ts';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/**
 * The sitemap files of a site: /sitemap.xml lists every page when they fit in one file; past the limit
 * it becomes a sitemap index of /sitemap-1.xml, /sitemap-2.xml... Returns file name -> XML.
 */
export function sitemapFiles(pageUrls: readonly string[], siteUrl: string, limit = SITEMAP_LIMIT): Map<string, string> {
  const urlset = (urls: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
  if (pageUrls.length <= limit) return new Map([['sitemap.xml', urlset(pageUrls)]]);
  const files = new Map<string, string>();
  for (let start = 0; start < pageUrls.length; start += limit) files.set(`sitemap-${files.size + 1}.xml`, urlset(pageUrls.slice(start, start + limit)));
  const locs = [...files.keys()].map((name) => `<sitemap><loc>${escapeXml(new URL(name, siteUrl).href)}</loc></sitemap>`);
  files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.join('\n')}\n</sitemapindex>\n`);
  return files;
}

/** True when a page's head asks search engines not to index it (a redirect page does): such pages stay out of the sitemap. */
export function isNoindex(head: string): boolean {
  return /<meta name="robots" content="[^"]*noindex/i.test(head);
}
