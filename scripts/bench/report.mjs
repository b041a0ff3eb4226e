// Turns timings, phase marks and memory samples into result rows, and rows into lines of figures.
import { cpuBetween, peakBetween } from './measure.mjs';

/** Reads the JSON lines that src/integrations/build-phases.ts appended during the build. */
export function parseMarks(text) {
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** The result rows of one run: { phase, wallMs, cpuMs, peakKb, peakOf, astroKb, note }. */
// peakKb is the phase's peak RSS and peakOf says whose: "bench" (this process, which generates) or
// "tree" (the sampled sum over every process of the build). astroKb is the astro process's own
// peak so far, from its marks; the kernel keeps it exactly, so it catches peaks between samples.
export function phaseRows({ benchStart, generate, validate, run, marks, pages }) {
  const find = (phase) => marks.find((m) => m.phase === phase);
  const setup = find('config:setup');
  const start = find('build:start');
  const generated = find('build:generated');
  // Marks around the astro:build:done hooks (named when they held the Pagefind index; none are left), then
  // around the finishing step that scripts/build.mjs runs once Astro has exited (absent in older commits).
  const before = find('pagefind:before');
  const after = find('pagefind:after');
  const finishStart = find('finish:start');
  const finishEnd = find('finish:end');
  // Vite also bundles during content sync; only the bundles after build:start belong to the build proper.
  const bundled = marks.filter((m) => m.phase.startsWith('bundle:') && m.t >= start.t && m.t <= generated.t).pop() ?? start;
  const row = (phase, from, to, mark, note = '') => ({
    phase,
    wallMs: to - from,
    cpuMs: cpuBetween(run.samples, from, to),
    kernelMs: cpuBetween(run.samples, from, to, 'kernelMs'),
    peakKb: peakBetween(run.samples, from, to),
    peakOf: 'tree',
    astroKb: mark?.maxRSS ?? null,
    note,
  });
  const pagefindKb = Math.max(0, ...run.processes.filter((p) => /pagefind/i.test(p.label)).map((p) => p.peakKb));
  return [
    { phase: 'generate', wallMs: generate.ms, cpuMs: generate.cpuMs, peakKb: generate.maxRssKb, peakOf: 'bench', astroKb: null, note: generate.note },
    { phase: 'validate (zod schemas)', wallMs: validate.ms, cpuMs: validate.cpuMs, peakKb: validate.maxRssKb, peakOf: 'bench', astroKb: null, note: validate.note },
    row('  astro start + config', run.started, setup.t, setup),
    row('  content sync', setup.t, start.t, start),
    row('  bundle (vite)', start.t, bundled.t, bundled),
    row('  render pages', bundled.t, generated.t, generated, `${pages} pages`),
    row('content sync + render (astro build)', run.started, before.t, before),
    { ...row('astro build:done hooks', before.t, after.t, after), note: finishStart ? '' : `pagefind binary peak ${mb(pagefindKb)}` },
    row('  astro exit', after.t, finishStart?.t ?? run.ended, null),
    ...(finishStart && finishEnd
      ? [{ ...row('finish (search, letter files, images)', finishStart.t, finishEnd.t, null), note: `pagefind binary peak ${mb(pagefindKb)}; finishing process peak ${mb(finishEnd.maxRSS)}` }]
      : []),
    // What `npm run build` costs, to compare with other builds: the total also holds generating and validating.
    { ...row('build (astro build, then finish)', run.started, run.ended, after), note: '' },
    {
      phase: 'total',
      wallMs: run.ended - benchStart,
      // Sampled, not GNU time's %U+%S: that one missed the Pagefind binary's CPU here.
      cpuMs: generate.cpuMs + validate.cpuMs + cpuBetween(run.samples, run.started, run.ended),
      kernelMs: cpuBetween(run.samples, run.started, run.ended, 'kernelMs'),
      peakKb: Math.max(peakBetween(run.samples, run.started, run.ended), generate.maxRssKb, validate.maxRssKb),
      peakOf: 'tree',
      astroKb: after.maxRSS,
      note: run.gnuTime ? `largest single process ${mb(run.gnuTime.maxRssKb)} (GNU time %M)` : '',
    },
  ];
}

/** Megabytes from kilobytes, as a figure ("2,104 MB"). */
export function mb(kb) {
  return `${Math.round(kb / 1024).toLocaleString('en')} MB`;
}

/** Seconds from milliseconds ("35.21 s"). */
export function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** One line per row: phase, wall time, CPU time, peak memory (whose), the astro process's own peak, a note. */
export function formatRows(rows) {
  return rows.map((r) => {
    const kernel = r.kernelMs === undefined ? '' : ` (kernel ${seconds(r.kernelMs)})`;
    const cpu = `cpu ${seconds(r.cpuMs)}${kernel}`.padStart(30);
    const memory = `peak ${r.peakOf} ${mb(r.peakKb)}`.padEnd(24);
    const astro = r.astroKb === null ? '' : `astro process ${mb(r.astroKb)}`;
    return `${r.phase.padEnd(37)}${seconds(r.wallMs).padStart(9)}${cpu}   ${memory}${astro.padEnd(22)}${r.note ? `  ${r.note}` : ''}`.trimEnd();
  });
}

/**
 * Render time per section from Astro's per-page log lines ("12:00:01   ├─ /dates/2015/12/14/index.html (+3ms)"):
 * { section: { pages, ms } }. Astro renders several pages at once (build.concurrency), so a page's own "+3ms"
 * includes its turns waiting for others, and the lines of pages started together run into one another. Instead,
 * each section gets the wall time from its pages' lines to the next lines. The stamps are whole seconds: the
 * pages logged within one second are taken to be spread evenly over it.
 */
export function routeTimes(log) {
  const lines = [...log.matchAll(/(\d\d):(\d\d):(\d\d) +[├└]─ \/(\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map(([, h, m, s, path]) => ({
    second: (Number(h) * 60 + Number(m)) * 60 + Number(s),
    section: path.includes('/') ? path.slice(0, path.indexOf('/')) : '(top level)',
  }));
  const perSecond = new Map();
  for (const { second } of lines) perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  const seen = new Map();
  const times = lines.map(({ second }) => {
    const index = seen.get(second) ?? 0;
    seen.set(second, index + 1);
    return (second + index / perSecond.get(second)) * 1000;
  });
  /** @type {Record<string, { pages: number, ms: number }>} */
  const sections = {};
  lines.forEach(({ section }, i) => {
    const entry = (sections[section] ??= { pages: 0, ms: 0 });
    entry.pages++;
    entry.ms += i + 1 < lines.length ? times[i + 1] - times[i] : 0;
  });
  return sections;
}

/** One line: render time by section, largest first, and the time outside page renders (getStaticPaths). */
export function formatRouteTimes(sections, renderMs) {
  const list = Object.entries(sections).sort((a, b) => b[1].ms - a[1].ms);
  const pagesMs = list.reduce((sum, [, s]) => sum + s.ms, 0);
  const parts = list.map(([name, s]) => `${name} ${s.pages} pages ${seconds(s.ms)} (${(s.ms / s.pages).toFixed(2)} ms/page)`);
  // What the page times do not cover: getStaticPaths of every route, which assembles the archive once.
  return `render by section: ${parts.join('; ')}; outside page times (getStaticPaths, archive assembly) ${seconds(Math.max(0, renderMs - pagesMs))}`;
}

/** Output size and per-letter costs, as lines. */
export function formatOutput({ letters, out, pagefind, rows }) {
  const wall = (name) => rows.find((r) => r.phase === name).wallMs;
  const cpu = (name) => rows.find((r) => r.phase === name).cpuMs;
  const peak = rows.find((r) => r.phase === 'total');
  return [
    `output: ${out.bytes.toLocaleString('en')} bytes in ${out.files.toLocaleString('en')} files and ${out.folders.toLocaleString('en')} folders; pagefind/: ${pagefind.bytes.toLocaleString('en')} bytes in ${pagefind.files.toLocaleString('en')} files`,
    `per letter: astro build ${(wall('content sync + render (astro build)') / letters).toFixed(2)} ms (cpu ${(cpu('content sync + render (astro build)') / letters).toFixed(2)} ms), ` +
      `after astro ${((wall('astro build:done hooks') + (rows.find((r) => r.phase.startsWith('finish'))?.wallMs ?? 0)) / letters).toFixed(2)} ms, total ${(wall('total') / letters).toFixed(2)} ms, ` +
      `peak tree ${(peak.peakKb / letters).toFixed(0)} kB, output ${(out.bytes / letters / 1024).toFixed(1)} kB`,
  ];
}
