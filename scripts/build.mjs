// npm run build: `astro build`, then the finishing step (search index, files beside each letter, share images,
// sitemap: src/finish/index.ts) in this process once Astro has exited. Run inside Astro's build, Pagefind sat
// beside an Astro process still holding 1.4 GB at 5,000 letters, and the build peaked at 2.3 GB instead of 1.6 GB.
//
//   npm run build                      N slices (one per core), each rendered by its own Astro process, merged
//                                      into dist/, then finished once (one search index over all of it)
//   npm run build -- --slices N        the same with N slices; --slices 1 is one Astro process
//   npm run build -- --shard i/N       renders slice i of N into dist/ and stops: one machine of a CI matrix
//   npm run build -- --merge D1 D2 ..  joins slices built elsewhere into dist/ and finishes the site
//
// With one process, what needs only /data/, which Astro writes first, starts while Astro renders the rest
// (src/finish/ahead.ts); with several the cores are busy already. Other arguments go to astro build (--config).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { finishAhead, NOTHING_AHEAD } from '../src/finish/ahead.ts';
import { finishSite } from '../src/finish/index.ts';
import { mergeSlices, setPreviousAside } from '../src/finish/merge-slices.ts';
import { buildSettings, folderUrl } from '../src/finish/settings.ts';
import { markPhase } from '../src/integrations/build-phases.ts';
import { readBuildArgs } from './build/args.mjs';

const log = (line) => console.log(`[finish] ${line}`);
const astros = new Set();
const fail = (error) => {
  console.error(`[finish] failed: ${error instanceof Error ? error.message : String(error)}`);
  for (const astro of astros) if (astro.exitCode === null) astro.kill();
  process.exit(1);
};

/** Runs `astro build` with `env` added; resolves with its exit code. */
function astroBuild(astroArgs, env) {
  const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...astroArgs], { stdio: 'inherit', env: { ...process.env, ...env } });
  astros.add(astro);
  return new Promise((done) => astro.on('exit', (code) => done(code ?? 1)));
}

/** Finishes the site in outDir, timing it for the benchmark's marks. */
async function finish(settings, ahead) {
  const started = performance.now();
  markPhase('finish:start');
  await finishSite(settings, log, ahead).catch(fail);
  markPhase('finish:end');
  console.log(`[finish] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Joins the slices in `dirs` into outDir, the previous site deleted beside the merge and the finishing step, then finishes it. */
async function mergeAndFinish(dirs) {
  const previousGone = setPreviousAside(folderUrl(settings.outDir));
  log(mergeSlices(dirs.map((dir) => folderUrl(dir)), folderUrl(settings.outDir)));
  await finish(settings, Promise.resolve(NOTHING_AHEAD));
  await previousGone.catch(fail);
}

let args;
try {
  args = readBuildArgs(process.argv.slice(2), availableParallelism());
} catch (error) {
  console.error(`npm run build: ${error.message}`);
  process.exit(2);
}
const settings = buildSettings();

if (args.shard) {
  // One slice of a CI matrix: rendered into outDir; the merge job finishes the site.
  process.exit(await astroBuild(args.astroArgs, { ARCHIVE_SHARD: args.shard }));
} else if (args.merge) {
  await mergeAndFinish(args.merge);
} else if (args.slices === 1) {
  const astroStarted = Date.now();
  const astroExited = new AbortController();
  const ahead = finishAhead(settings, astroStarted, astroExited.signal);
  ahead.catch(fail);
  const status = await astroBuild(args.astroArgs, {});
  astroExited.abort();
  if (status !== 0) process.exit(status);
  await finish(settings, ahead);
} else {
  // N slices side by side, then moved into outDir. Each slice's folder lies inside the working folder: Astro bundles
  // the pages of a site built outside it into ./.astro/.prerender/, one folder for every process, which the first
  // to finish deletes under the others' feet. A slice inside it gets <slice>/.prerender/ of its own.
  const key = createHash('sha1').update(resolve(settings.outDir)).digest('hex').slice(0, 8);
  const sliceDirs = Array.from({ length: args.slices }, (_, i) => join(process.cwd(), '.astro', 'slices', key, `${i + 1}-of-${args.slices}`));
  const statuses = await Promise.all(sliceDirs.map((dir, i) => astroBuild(args.astroArgs, { ARCHIVE_SHARD: `${i + 1}/${args.slices}`, ARCHIVE_OUT_DIR: dir })));
  const failed = statuses.find((status) => status !== 0);
  if (failed !== undefined) process.exit(failed);
  markPhase('merge:start');
  await mergeAndFinish(sliceDirs);
}
