import { defineConfig } from 'astro/config';
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
  build: { concurrency: 16 },
  // A page whose getStaticPaths entry has a cacheKey (src/data/page-keys.ts) is copied from the previous build when
  // its key and its code are unchanged. The copies live in the cache folder (cacheDir/dist/).
  experimental: { incrementalBuild: true },
  // A sharded build (scripts/build.mjs) renders one slice of the pages per process.
  integrations: shard ? [renderShard(parseShard(shard, 'ARCHIVE_SHARD'))] : [],
});
