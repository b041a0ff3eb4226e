// npm run bench -- --letters N: generates a synthetic archive of N letters, builds the site on it in a
// temporary folder, and prints one line of figures per phase (wall time, peak memory) and the output size.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive } from './bench/archive.mjs';
import { readOptions, usage } from './bench/args.mjs';
import { cpuBetween, folderSize, peakBetween, runMeasured } from './bench/measure.mjs';
import { formatOutput, formatRouteTimes, formatRows, parseMarks, phaseRows, routeTimes, seconds } from './bench/report.mjs';
import { BENCH_CONFIG, prepareSite } from './bench/site.mjs';
import { validateFiles } from './bench/validate.mjs';
import { contractJson, holdBackLetters } from './bench/update.mjs';
import { benchIngest } from './bench-ingest/run.mjs';
import { measurePeer } from './bench/peer.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));

// Writes the generated files under `dir`, creating each folder once; returns the bytes written.
function writeArchive(dir, files) {
  const made = new Set();
  let bytes = 0;
  for (const [path, text] of files) {
    const file = join(dir, path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

// Times `cp -r` of the built output: creating that many files and folders is most of the kernel time of a
// build, and on a virtual disk it costs from a tenth to nearly a millisecond apiece from one hour to the next.
function copyFloor(from, to) {
  const started = Date.now();
  const copy = spawnSync('cp', ['-r', from, to]);
  if (copy.status !== 0) return `copying the output failed: ${copy.stderr}`;
  const ms = Date.now() - started;
  rmSync(to, { recursive: true, force: true });
  return `copying the output (cp -r, the same files and folders): ${seconds(ms)}`;
}

// CPU milliseconds this process has used so far (generation and validation run here, not in a child).
function processCpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function main(options) {
  const root = mkdtempSync(join(tmpdir(), 'un-letters-bench-'));
  const paths = { content: join(root, 'content'), out: join(root, 'out'), site: join(root, 'site'), marks: join(root, 'phases.jsonl'), log: join(root, 'astro-build.log') };
  const load = loadavg()[0];
  try {
    const benchStart = Date.now();
    const startCpu = processCpuMs();
    const { files, counts } = generateArchive({ letters: options.letters, seed: options.seed });
    const generated = Date.now();
    // --update K: K letters are added after the cold build, and the rebuild is timed.
    const parts = options.update ? holdBackLetters(files, options.update, options.newest) : { cold: files, added: new Map() };
    const bytes = writeArchive(paths.content, parts.cold);
    const generate = {
      ms: Date.now() - benchStart,
      cpuMs: processCpuMs() - startCpu,
      maxRssKb: process.resourceUsage().maxRSS,
      note: `${counts.letters} letters, ${counts.people} people, ${counts.organisations} organisations, ${counts.documents} documents, ${counts.sources} sources; ${files.size} files, ${bytes.toLocaleString('en')} bytes (in memory ${seconds(generated - benchStart)}, writing ${seconds(Date.now() - generated)})`,
    };
    const validateStart = Date.now();
    const validateCpu = processCpuMs();
    const checked = validateFiles(files);
    if (checked.problems.length) throw new Error(`the generator wrote files the schemas reject:\n${checked.problems.slice(0, 20).join('\n')}`);
    const validate = { ms: Date.now() - validateStart, cpuMs: processCpuMs() - validateCpu, maxRssKb: process.resourceUsage().maxRSS, note: `${checked.checked} files against src/schema` };
    const origin = prepareSite({ project, dir: paths.site, ref: options.ref });

    console.log(`bench: ${options.letters} letters, seed "${options.seed}"; site: ${origin}`);
    console.log(`machine: ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, load average ${load.toFixed(2)} before generating, ${loadavg()[0].toFixed(2)} before building, Node ${process.version}`);
    // The build of `npm run build` (astro build, then the finishing step); older commits built with astro alone.
    const build = existsSync(join(paths.site, 'scripts/build.mjs')) ? ['scripts/build.mjs', '--config', BENCH_CONFIG, ...(options.slices ? ['--slices', String(options.slices)] : [])] : ['node_modules/astro/bin/astro.mjs', 'build', '--config', BENCH_CONFIG];
    const buildEnv = { ...process.env, ARCHIVE_CONTENT_DIR: paths.content, ARCHIVE_OUT_DIR: paths.out, ARCHIVE_CACHE_DIR: join(paths.site, '.astro-cache'), BENCH_PHASE_LOG: paths.marks };
    const run = await runMeasured({ command: process.execPath, args: build, cwd: paths.site, env: buildEnv, logFile: paths.log });
    const log = readFileSync(paths.log, 'utf8');
    if (run.exitCode !== 0) {
      options.keep = true;
      throw new Error(`astro build exited with ${run.exitCode} after ${((run.ended - run.started) / 1000).toFixed(1)} s; last lines of ${paths.log}:\n${log.split('\n').slice(-30).join('\n')}`);
    }
    // A sharded build prints one count per slice.
    const pages = [...log.matchAll(/(\d+) page\(s\) built/g)].reduce((sum, m) => sum + Number(m[1]), 0) || NaN;
    const rows = phaseRows({ benchStart, generate, validate, run, marks: parseMarks(readFileSync(paths.marks, 'utf8')), pages });
    const out = folderSize(paths.out);
    const pagefind = folderSize(join(paths.out, 'pagefind'));
    const sections = routeTimes(log);
    const renderMs = rows.find((r) => r.phase === '  render pages').wallMs;
    const lines = [...formatRows(rows), formatRouteTimes(sections, renderMs), ...formatOutput({ letters: options.letters, out, pagefind, rows }), `load average after the build: ${loadavg()[0].toFixed(2)} (other work on the machine slows wall times, less so CPU times)`];
    if (options.floor) lines.push(copyFloor(paths.out, join(root, 'out-copy')));
    const figures = (r) => ({ wallMs: r.ended - r.started, cpuMs: cpuBetween(r.samples, r.started, r.ended), peakKb: peakBetween(r.samples, r.started, r.ended) });
    let update = null;
    if (options.update) {
      writeArchive(paths.content, parts.added);
      const again = await runMeasured({ command: process.execPath, args: build, cwd: paths.site, env: { ...buildEnv, BENCH_PHASE_LOG: `${paths.marks}.update` }, logFile: `${paths.log}.update` });
      if (again.exitCode !== 0) throw new Error(`the rebuild after adding ${options.update} letters exited with ${again.exitCode}; see ${paths.log}.update`);
      const updateLog = readFileSync(`${paths.log}.update`, 'utf8');
      const reused = (updateLog.match(/\((cached|restored)\)/g) ?? []).length;
      update = { added: options.update, ...figures(again) };
      lines.push(`update: ${options.update} letters added, rebuilt in ${seconds(update.wallMs)} (cpu ${seconds(update.cpuMs)}, peak tree ${Math.round(update.peakKb / 1024)} MB), ${(100 * update.wallMs / figures(run).wallMs).toFixed(1)}% of the cold build; ${reused} pages taken from the previous build`);
    }
    let peer = null;
    if (options.peer) {
      const measured = await measurePeer({ name: options.peer, root, files: parts.cold, project, cold: figures(run), runMeasured, figures });
      peer = measured.peer;
      lines.push(...measured.lines);
    }
    console.log(lines.join('\n'));
    if (options.out) {
      const result = { ...contractJson({ letters: options.letters, cold: figures(run), update, peer }), seed: options.seed, site: origin, machine: { cpus: cpus().length, memoryBytes: totalmem(), loadAverageAtStart: load, node: process.version }, counts, pages, phases: rows, sections, output: { ...out, pagefind }, processes: run.processes, gnuTime: run.gnuTime, lines };
      writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    }
  } finally {
    if (options.keep) console.log(`kept: ${root} (content/, site/, out/, astro-build.log, phases.jsonl)`);
    else rmSync(root, { recursive: true, force: true });
  }
}

let options;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n\n${usage()}`);
  process.exit(2);
}
if (options.help) console.log(usage());
else if (options.ingest) {
  const lines = await benchIngest({ project, count: options.ingest, seed: options.seed, keep: options.keep });
  console.log(lines.join('\n'));
}
else await main(options).catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
});
