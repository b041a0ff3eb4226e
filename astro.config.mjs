import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { buildSettings } from './src/finish/settings.ts';
import { parseShard, renderShard } from './src/integrations/shard.ts';

// The search index, the files beside each letter, the share images and the sitemap are written after Astro
// exits, by `npm run build` (scripts/build.mjs, src/finish/).
const { site, outDir, cacheDir, shard } = buildSettings();

export default defineConfig({
  site,
  outDir,
  // Each slice of a sharded build has a content store of its own: two processes never write one file.
  cacheDir: shard ? `${cacheDir}/slice-${shard.replace('/', '-of-')}` : cacheDir,
  trailingSlash: 'always',
  compressHTML: true,
  // Sixteen pages at a time: while one page waits for its folder and file to be written, others render. At 5,000
  // letters this cut rendering from 40.5 s to 26.3 s (one at a time, Astro's default, left the thread idle 16 s).
  // No inline code: every script and stylesheet is a file of its own, so one Content-Security-Policy without
  // hashes or 'unsafe-inline' fits every page (src/lib/publish/security-headers.ts, public/_headers).
  build: { concurrency: 16, inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // A page whose getStaticPaths entry has a cacheKey (src/data/page-keys.ts) is copied from the previous build when
  // its key and its code are unchanged. The copies live in the cache folder (cacheDir/dist/).
  experimental: { incrementalBuild: true },
  // Trusted MDX only: the editorial pages (src/editorial) and the collections (content/collections), compiled with
  // remark-gfm for tables and footnotes. Letters are never compiled: src/data/letter-loader.ts reads them as text.
  // The unified processor is set on mdx() alone, so Markdown elsewhere keeps Sätteri; no smart quotes, as in letters.
  // A sharded build (scripts/build.mjs) renders one slice of the pages per process.
  integrations: [
    mdx({ processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) }),
    ...(shard ? [renderShard(parseShard(shard, 'ARCHIVE_SHARD'))] : []),
  ],
});
