// Runs a command and measures its memory two ways. GNU time's %M is the peak RSS of the largest
// single process (the kernel keeps it exactly); Pagefind runs as a separate binary beside Node, so
// the sum over the whole process tree is sampled from /proc as well. CPU time is sampled too: on a
// shared 2-core machine wall time moves with other people's work, CPU seconds much less.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/** Clock ticks per second of /proc/<pid>/stat CPU times (getconf CLK_TCK; 100 on Linux). */
const TICKS = 100;

// The process tree under `root`: every pid whose parent chain leads to it, with its command name and
// CPU ticks (own plus reaped children's, so that a finished Pagefind still counts through its parent).
function processTree(root) {
  const children = new Map();
  const names = new Map();
  const ticks = new Map();
  const kernelTicks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const ppid = Number(fields[1]);
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
      // stime and cstime: time in the kernel, which here is mostly creating files and folders.
      kernelTicks.set(Number(entry), Number(fields[12]) + Number(fields[14]));
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)).push(Number(entry));
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
    } catch {
      // the process ended while we looked: nothing to count
    }
  }
  const tree = [];
  for (const queue = [root]; queue.length; ) {
    const pid = queue.shift();
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree.map((pid) => ({ pid, name: names.get(pid) ?? '?', ticks: ticks.get(pid) ?? 0, kernelTicks: kernelTicks.get(pid) ?? 0 }));
}

// VmRSS (now) and VmHWM (peak so far) of one process, in kB; null when it is gone.
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return null;
  }
}

// Names a process by what it runs: "node astro/bin/astro.mjs", "pagefind_extended".
function describe(pid, name) {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const program = argv[0]?.split('/').pop() ?? name;
    const script = argv.slice(1).find((a) => !a.startsWith('-'));
    return script && program === 'node' ? `node ${script.split('/').slice(-3).join('/')}` : program;
  } catch {
    return name;
  }
}

/** Runs `command args` (output to `logFile`), sampling the tree's RSS and CPU; resolves to { exitCode, started, ended, samples, processes, gnuTime }. */
export async function runMeasured({ command, args, cwd, env, logFile, pollMs = 100 }) {
  const timeFile = `${logFile}.time`;
  const timed = existsSync(GNU_TIME);
  const out = openSync(logFile, 'w');
  const started = Date.now();
  const child = timed
    ? spawn(GNU_TIME, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', out, out] })
    : spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
  const samples = [];
  const processes = new Map();
  const sample = () => {
    let rssKb = 0;
    let ticks = 0;
    let kernel = 0;
    for (const { pid, name, ticks: own, kernelTicks } of processTree(child.pid)) {
      ticks += own;
      kernel += kernelTicks;
      const memory = memoryOf(pid);
      if (!memory) continue;
      rssKb += memory.rss;
      const known = processes.get(pid) ?? processes.set(pid, { pid, label: describe(pid, name), peakKb: 0 }).get(pid);
      known.peakKb = Math.max(known.peakKb, memory.hwm);
    }
    samples.push({ t: Date.now(), rssKb, cpuMs: (ticks * 1000) / TICKS, kernelMs: (kernel * 1000) / TICKS });
  };
  const timer = setInterval(sample, pollMs);
  const exitCode = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
  const ended = Date.now();
  clearInterval(timer);
  closeSync(out);
  let gnuTime = null;
  if (timed && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const [seconds, maxRssKb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    gnuTime = { seconds, maxRssKb, cpuSeconds: user + system };
  }
  return { exitCode, started, ended, samples, processes: [...processes.values()], gnuTime };
}

/** The largest sampled tree RSS (kB) between two instants; 0 when no sample fell inside. */
export function peakBetween(samples, from, to) {
  return samples.reduce((peak, s) => (s.t >= from && s.t <= to ? Math.max(peak, s.rssKb) : peak), 0);
}

/** CPU milliseconds the tree used between two instants (`field` "kernelMs": of which in the kernel), from the samples nearest before each. */
export function cpuBetween(samples, from, to, field = 'cpuMs') {
  const at = (t) => samples.reduce((cpu, s) => (s.t <= t ? s[field] : cpu), 0);
  return Math.max(0, at(to) - at(from));
}

/** Total bytes, number of files and of folders under a folder (recursively); zeros when it does not exist. */
export function folderSize(dir) {
  if (!existsSync(dir)) return { bytes: 0, files: 0, folders: 0 };
  let bytes = 0;
  let files = 0;
  let folders = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) folders++;
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return { bytes, files, folders };
}
