// npm run build: `astro build`, then the finishing step (search index, files beside each letter, share images,
// sitemap: src/finish/index.ts) in this process once Astro has exited. Run inside Astro's build, Pagefind sat
// beside an Astro process still holding 1.4 GB at 5,000 letters, and the build peaked at 2.3 GB instead of 1.6 GB.
// Arguments are passed to astro build (the benchmark gives --config).
import { spawnSync } from 'node:child_process';
import { finishSite } from '../src/finish/index.ts';
import { buildSettings } from '../src/finish/settings.ts';
import { markPhase } from '../src/integrations/build-phases.ts';

const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);
const started = performance.now();
markPhase('finish:start');
try {
  await finishSite(buildSettings(), (line) => console.log(`[finish] ${line}`));
} catch (error) {
  console.error(`[finish] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
markPhase('finish:end');
console.log(`[finish] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
