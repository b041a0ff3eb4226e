import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { letterFiles } from './src/integrations/letter-files.ts';
import { shareImages } from './src/integrations/share-images/index.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// ARCHIVE_CONTENT_DIR and ARCHIVE_OUT_DIR let benchmarks and tests build another archive elsewhere;
// ARCHIVE_CACHE_DIR keeps that build's content cache apart (the cache remembers each entry's file path).
export default defineConfig({
  site: process.env.ARCHIVE_SITE_URL ?? 'https://un-letters.example.org',
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [pagefindIndex(), letterFiles(), shareImages(), sitemap()],
});
