import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraphAnchors } from './src/markdown/paragraph-anchors.ts';
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
  markdown: {
    // Smart punctuation stays off: an archive shows the source's own quotes and dashes.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [paragraphAnchors] }),
  },
  integrations: [pagefindIndex(), letterFiles(), shareImages(), sitemap()],
});
