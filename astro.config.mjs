import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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
  integrations: [mdx(), pagefindIndex(), letterFiles(), shareImages(), sitemap()],
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX letter module carries Astro's "use astro:head-inject" directive, and the bundler warns
        // once per letter (5,000 warnings, 7 MB of log at 5,000 letters) about something Astro handles itself.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
