import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { datePath } from '../../src/lib/model/dates.ts';
import { crawlSite, htmlPaths, isPagePath, readSiteLinks, samplePages, type CrawlReport } from '../support/crawl.ts';
import { readLetterFiles } from '../support/letter-files.ts';
import { redirectPages } from '../support/redirects.ts';
import { contentDir } from '../support/paths.ts';
import { useSite } from '../support/site.ts';
import { loadContentArchive } from '../support/content-archive.ts';

/** How many pages of each kind (letter pages, person pages, day pages...) a browser opens with axe. */
const PAGES_PER_KIND = 1;

/** Every page the archive promises for the content it holds. */
function promisedPages(): string[] {
  const names = (folder: string, ext: string) =>
    readdirSync(`${contentDir}/${folder}`).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));
  const letters = readLetterFiles(contentDir);
  const seed = loadContentArchive();
  const dated = letters.map((l) => l.frontmatter.date).filter((d): d is string => typeof d === 'string');
  return [
    '/', '/letters/', '/documents/', '/people/', '/organisations/', '/dates/', '/search/', '/404.html',
    ...letters.map((l) => `/letters/${l.id}/`),
    ...names('documents', '.yaml').map((slug) => `/documents/${slug}/`),
    // Every person and organisation of the archive: its own files and the register's office-holders and States.
    ...[...seed.people.keys()].map((id) => `/people/${id}/`),
    ...[...seed.organisations.keys()].map((id) => `/organisations/${id}/`),
    ...seed.register.sessions.map((n) => `/sessions/${n}/`),
    ...dated.map((d) => `/dates/${d.slice(0, 4)}/`),
    ...dated.map(datePath),
    ...names('sources', '.txt').map((name) => `/sources/${name}.txt`),
  ];
}

describe('the whole built site', () => {
  const site = useSite();
  let report: CrawlReport;
  const fetched = new Map<string, number>();

  beforeAll(async () => {
    const crawlers = [await site.open(), await site.open()];
    // Redirect pages leave at once for their target; test/e2e/redirects.test.ts follows them.
    const paths = await htmlPaths(inject('outDir'));
    const redirects = await redirectPages(inject('outDir'), paths);
    const pages = paths.filter((p) => !redirects.has(p));
    // Links and ids are read from every page on disk; a browser opens a sample holding pages of every kind (and every
    // seed letter) for console errors and axe: at the real archive's size, opening each page twice takes far too long.
    const linked = await readSiteLinks(inject('outDir'), site.baseUrl, pages);
    const seeds = readLetterFiles(contentDir).filter((l) => !l.frontmatter.symbol).map((l) => `/letters/${l.id}/`);
    const browsed = await crawlSite(crawlers, site.baseUrl, samplePages(pages, PAGES_PER_KIND, ['/', ...seeds]), { follow: false });
    report = { ...browsed, pages: new Map([...linked.pages, ...browsed.pages]), links: linked.links };
    console.log(`whole site: ${pages.length} pages read for links, ${browsed.pages.size} opened in Chromium with axe`);
    const others = new Set(report.links.map((l) => l.to.pathname).filter((p) => !isPagePath(p)));
    for (const path of [...others, ...promisedPages().filter((p) => !isPagePath(p))]) {
      fetched.set(path, (await fetch(site.baseUrl + path, { redirect: 'manual' })).status);
    }
  }, 1_800_000);

  const statusOf = (path: string) => report.pages.get(path)?.status ?? fetched.get(path);

  it('has every page the archive promises for its content', () => {
    const missing = [...new Set(promisedPages())].filter((path) => statusOf(path) !== 200);
    expect(missing).toEqual([]);
  });

  it('has no console error and no uncaught error on any page', () => {
    expect(report.pages.size).toBeGreaterThan(10);
    expect(report.errors).toEqual([]);
  });

  it.each(['light', 'dark'])('has no axe violation (WCAG 2.1 A and AA) on any page in the %s color scheme', (scheme) => {
    expect(report.violations.filter((v) => v.includes(` [${scheme}] `))).toEqual([]);
  });

  it('has every internal link point at a page that exists', () => {
    const broken = report.links
      .filter((link) => statusOf(link.to.pathname) !== 200)
      .map((link) => `${link.from} -> ${link.to.pathname} (${statusOf(link.to.pathname) ?? 'not fetched'})`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('has every #fragment of an internal link name an element on its target page', () => {
    const unresolved = report.links
      .filter((link) => link.to.hash.length > 1)
      .filter((link) => !report.pages.get(link.to.pathname)?.ids.has(decodeURIComponent(link.to.hash.slice(1))))
      .map((link) => `${link.from} -> ${link.to.pathname}${link.to.hash}`);
    expect([...new Set(unresolved)]).toEqual([]);
  });
});
