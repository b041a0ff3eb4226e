// The ingest benchmark (npm run bench -- --ingest N): writes N synthetic plain-text letters, ingests them into a
// copy of content/ with the real command, and prints wall time, CPU time, peak memory and what was written.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSize, runMeasured } from '../bench/measure.mjs';
import { plainLetter } from './plain-letters.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Goal 5 of issue 12: the ingest of 10,000 letters takes at most 30 s (wall time, on the project's 2-core machine). */
export const INGEST_GOAL = { letters: 10000, wallMs: 30000 };

/** The goal's line: met or MISSED for a run of the goal's size; for another size, the time its rate gives 10,000 letters, not judged. */
export function formatIngestGoal({ count, wallMs, loadBefore, loadAfter }, goal = INGEST_GOAL) {
  const stated = `goal: ${goal.letters.toLocaleString('en')} letters ingested in at most ${seconds(goal.wallMs)}`;
  const load = `load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after: other work on the machine lengthens wall time`;
  if (count !== goal.letters) {
    return `${stated}: not judged, this run ingested ${count.toLocaleString('en')} (at its rate ${goal.letters.toLocaleString('en')} would take ${seconds((wallMs / count) * goal.letters)}; ${load})`;
  }
  return `${stated}: ${wallMs <= goal.wallMs ? 'met' : 'MISSED'} (${seconds(wallMs)}; ${load})`;
}

/** Runs the ingest benchmark for `count` letters of a seed from the project folder; returns the printed lines. */
export async function benchIngest({ project, count, seed, keep }) {
  const root = mkdtempSync(join(tmpdir(), 'un-letters-ingest-bench-'));
  const sources = join(root, 'sources');
  const content = join(root, 'content');
  try {
    const started = Date.now();
    mkdirSync(sources);
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const text = plainLetter(seed, i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(sources, `letter-${String(i).padStart(6, '0')}.txt`), text);
    }
    cpSync(join(project, 'content'), content, { recursive: true });
    const generated = Date.now() - started;
    const load = loadavg()[0];
    const run = await runMeasured({
      command: process.execPath,
      args: [join(project, 'src/ingest/main.ts'), '--content', content, sources],
      cwd: project,
      env: process.env,
      logFile: join(root, 'ingest.log'),
    });
    const log = readFileSync(join(root, 'ingest.log'), 'utf8');
    if (run.exitCode !== 0) throw new Error(`the ingest exited with ${run.exitCode}:\n${log.split('\n').slice(-20).join('\n')}`);
    const cpuMs = run.gnuTime ? run.gnuTime.cpuSeconds * 1000 : run.samples.at(-1)?.cpuMs ?? 0;
    const peakMb = Math.round((run.gnuTime?.maxRssKb ?? Math.max(...run.samples.map((s) => s.rssKb))) / 1024);
    const written = folderSize(join(content, 'letters'));
    return [
      `generate    ${seconds(generated).padStart(9)}   ${count} plain-text letters, ${bytes.toLocaleString('en')} bytes`,
      `ingest      ${seconds(run.ended - run.started).padStart(9)}   cpu ${seconds(cpuMs)}   peak ${peakMb} MB   ${(((run.ended - run.started) / count) * 1000).toFixed(0)} µs a letter`,
      `written     ${written.files} letter files, ${written.bytes.toLocaleString('en')} bytes; ${log.trim().split('\n').pop()}`,
      `load average ${load.toFixed(2)} before the ingest, ${loadavg()[0].toFixed(2)} after (file writes on this machine vary from run to run)`,
      formatIngestGoal({ count, wallMs: run.ended - run.started, loadBefore: load, loadAfter: loadavg()[0] }),
    ];
  } finally {
    if (keep) console.log(`kept: ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
