// npm run build: `astro build`, then the finishing step (search index, files beside each letter, share images,
// sitemap: src/finish/index.ts) in this process once Astro has exited. Run inside Astro's build, Pagefind sat
// beside an Astro process still holding 1.4 GB at 5,000 letters, and the build peaked at 2.3 GB instead of 1.6 GB.
// What needs only /data/, which Astro writes first, starts while Astro renders the rest (src/finish/ahead.ts).
// Arguments are passed to astro build (the benchmark gives --config).
import { spawn } from 'node:child_process';
import { finishAhead } from '../src/finish/ahead.ts';
import { finishSite } from '../src/finish/index.ts';
import { buildSettings } from '../src/finish/settings.ts';
import { markPhase } from '../src/integrations/build-phases.ts';

const settings = buildSettings();
const log = (line) => console.log(`[finish] ${line}`);
const fail = (error) => {
  console.error(`[finish] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (astro.exitCode === null) astro.kill();
  process.exit(1);
};

const astroStarted = Date.now();
const astroExited = new AbortController();
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
const ahead = finishAhead(settings, astroStarted, astroExited.signal);
ahead.catch(fail);
const status = await new Promise((resolve) => astro.on('exit', (code) => resolve(code ?? 1)));
astroExited.abort();
if (status !== 0) process.exit(status);

const started = performance.now();
markPhase('finish:start');
try {
  await finishSite(settings, log, ahead);
} catch (error) {
  fail(error);
}
markPhase('finish:end');
console.log(`[finish] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
