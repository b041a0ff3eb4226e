import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels every page must meet. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A link found on a page: the page it is on and the absolute URL it points at. */
export interface FoundLink {
  from: string;
  to: URL;
}

/** What a walk over the built site saw. */
export interface CrawlReport {
  /** Every HTML page visited, by path, with the HTTP status it was served with and the ids it holds. */
  pages: Map<string, { status: number; ids: Set<string> }>;
  /** Every link to the same site. */
  links: FoundLink[];
  /** Console errors and uncaught page errors, each prefixed with its page. */
  errors: string[];
  /** Axe violations, one line each: page, color scheme, rule, help and the first elements. */
  violations: string[];
}

/** The URL path of every HTML file in a built site: index.html is /, foo/index.html is /foo/. */
export async function htmlPaths(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** True when a path names an HTML page (a folder URL or an .html file) that the crawl should open. */
export function isPagePath(path: string): boolean {
  return path.endsWith('/') || path.endsWith('.html');
}

/** Runs axe (WCAG 2.1 A and AA) on the open page in one color scheme; one line per violation, naming the page. */
export async function axeViolations(page: Page, path: string, scheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
    return `${path} [${scheme}] ${v.id} (${v.impact ?? 'no impact'}): ${v.help}; ${v.nodes.length} element(s): ${where}`;
  });
}

/**
 * Opens every page reachable from `start` through same-site links (and every page in `start`; only those with
 * `follow: false`), runs axe
 * in light and dark color schemes, and records statuses, ids, links, console errors and violations.
 * Several pages (each with its own error list) crawl the one queue side by side: with the register's
 * hundreds of people and States, one page at a time no longer fits the hook's time on two cores.
 */
export async function crawlSite(pages: ReadonlyArray<{ page: Page; errors: string[] }>, baseUrl: string, start: string[], options: { follow?: boolean } = {}): Promise<CrawlReport> {
  const follow = options.follow ?? true;
  const report: CrawlReport = { pages: new Map(), links: [], errors: [], violations: [] };
  const queue = [...new Set(start)];
  const claimed = new Set<string>();
  const origin = new URL(baseUrl).origin;
  let busy = 0;
  const visit = async ({ page, errors }: { page: Page; errors: string[] }, path: string) => {
    errors.splice(0);
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    const status = response?.status() ?? 0;
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name') ?? '')),
      hrefs: [...document.querySelectorAll('a[href], area[href]')].map((a) => (a as HTMLAnchorElement).href),
    }));
    report.pages.set(path, { status, ids: new Set(found.ids) });
    // A missing page shows the 404 page, whose links are not the missing page's: follow only real pages.
    for (const href of status === 200 ? found.hrefs : []) {
      const to = new URL(href);
      if (to.origin !== origin) continue;
      report.links.push({ from: path, to });
      if (follow && isPagePath(to.pathname) && !claimed.has(to.pathname)) queue.push(to.pathname);
    }
    report.violations.push(...(await axeViolations(page, path, 'light')), ...(await axeViolations(page, path, 'dark')));
    await page.emulateMedia({ colorScheme: 'light' });
    report.errors.push(...errors.splice(0).map((e) => `${path}: ${e}`));
  };
  const crawl = async (watched: { page: Page; errors: string[] }) => {
    for (;;) {
      const path = queue.shift();
      if (path === undefined) {
        // Another page may still find links: wait for it before stopping.
        if (busy === 0) return;
        await new Promise((done) => setTimeout(done, 25));
        continue;
      }
      if (claimed.has(path)) continue;
      claimed.add(path);
      busy++;
      try {
        await visit(watched, path);
      } finally {
        busy--;
      }
    }
  };
  await Promise.all(pages.map(crawl));
  return report;
}

const ATTRIBUTE_ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decodeAttribute = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ATTRIBUTE_ENTITIES[e]!);

/**
 * Reads every HTML page of a built site from disk, as the host serves it: the ids each holds and every same-site link
 * it makes. Fast enough for an archive of thousands of pages, where opening each in a browser is not.
 */
export async function readSiteLinks(outDir: string, baseUrl: string, paths: readonly string[]): Promise<Pick<CrawlReport, 'pages' | 'links'>> {
  const report: Pick<CrawlReport, 'pages' | 'links'> = { pages: new Map(), links: [] };
  const origin = new URL(baseUrl).origin;
  for (const path of paths) {
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    const html = await readFile(file, 'utf8');
    const ids = [...html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)="([^"]*)"/g)].filter((m) => !/^<meta\b/i.test(m[0])).map((m) => decodeAttribute(m[1]!));
    report.pages.set(path, { status: 200, ids: new Set(ids) });
    for (const m of html.matchAll(/<(?:a|area)\b[^>]*?\shref="([^"]*)"/g)) {
      const to = new URL(decodeAttribute(m[1]!), baseUrl + path);
      if (to.origin === origin) report.links.push({ from: path, to });
    }
  }
  return report;
}

/** A page's kind, as its address shows it: each segment after the first stands for any ("/letters/*\/", "/dates/*\/*\/*\/"). */
export function pageKind(path: string): string {
  return path.split('/').map((segment, i) => (i > 1 && segment ? '*' : segment)).join('/');
}

/** A sample of the pages that holds `perKind` pages of every kind (first in order of address), and every page of `always`. */
export function samplePages(paths: readonly string[], perKind: number, always: readonly string[] = []): string[] {
  const taken = new Map<string, number>();
  const sample = new Set(always.filter((p) => paths.includes(p)));
  for (const path of paths) {
    const kind = pageKind(path);
    if ((taken.get(kind) ?? 0) >= perKind) continue;
    taken.set(kind, (taken.get(kind) ?? 0) + 1);
    sample.add(path);
  }
  return [...sample].sort();
}
