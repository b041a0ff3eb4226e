import type { AstroIntegration } from 'astro';
import { open, writeFile } from 'node:fs/promises';
import { isNoindex, sitemapFiles } from '../lib/sitemap.ts';

/** The first bytes of a built page, where its <meta name="robots"> is. */
async function headOf(file: URL): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Writes /sitemap.xml after the build: every HTML page built, except the 404 page and pages marked noindex (redirects). */
export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'un-letters:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('the sitemap needs the site URL (site in astro.config.mjs)');
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const paths = pages.map(({ pathname }) => `/${pathname}`.replace(/^\/+/, '/')).filter((path) => path.endsWith('/') && path !== '/404/');
        const urls: string[] = [];
        // Read in batches: one page at a time, 27,000 pages took four seconds.
        for (let start = 0; start < paths.length; start += 64) {
          const batch = paths.slice(start, start + 64);
          const heads = await Promise.all(batch.map((path) => headOf(new URL(`.${path}index.html`, dir))));
          batch.forEach((path, i) => isNoindex(heads[i]!) || urls.push(new URL(path, site).href));
        }
        urls.sort();
        const files = sitemapFiles(urls, site);
        for (const [name, xml] of files) await writeFile(new URL(name, dir), xml);
        logger.info(`sitemap: ${urls.length} pages in ${files.size} file(s)`);
      },
    },
  };
}
