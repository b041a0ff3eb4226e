import { defineConfig } from 'astro/config';
import { buildSettings } from './src/finish/settings.ts';

// The search index, the files beside each letter, the share images and the sitemap are written after Astro
// exits, by `npm run build` (scripts/build.mjs, src/finish/).
const { site, outDir, cacheDir } = buildSettings();

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  compressHTML: true,
});
