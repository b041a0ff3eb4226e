// Sorts the requests of a query into the kinds of file Pagefind and the search page load, and turns
// measurements into lines of figures.

/** The kinds of file, in the order the report lists them, and how to tell each from its path. */
export const KINDS = [
  ['pagefind.js', (p) => /\/pagefind\/pagefind\.js$/.test(p)],
  ['worker', (p) => /\/pagefind\/pagefind-worker\.js$/.test(p)],
  ['wasm', (p) => /\/pagefind\/wasm\.[^/]+\.pagefind$/.test(p)],
  ['entry', (p) => /\/pagefind\/pagefind-entry\.json$/.test(p)],
  ['meta', (p) => /\.pf_meta$/.test(p)],
  ['index', (p) => /\.pf_index$/.test(p)],
  ['fragments', (p) => /\.pf_fragment$/.test(p)],
  ['filters', (p) => /\.pf_filter$/.test(p)],
  ['symbols.json', (p) => /\/search\/symbols\.json$/.test(p)],
  ['citing.json', (p) => /\/citing\.json$/.test(p)],
  ['suggestions.json', (p) => /\/search\/suggestions\.json$/.test(p)],
  ['other', () => true],
];

/** The kind of a requested path (query string ignored). */
export function kindOf(path) {
  const bare = path.replace(/\?.*$/, '');
  return KINDS.find(([, test]) => test(bare))[0];
}

/** Bytes and request counts per kind, in KINDS order, leaving out kinds with no request. */
export function byKind(requests) {
  const totals = new Map(KINDS.map(([kind]) => [kind, { kind, bytes: 0, requests: 0 }]));
  for (const r of requests) {
    const total = totals.get(kindOf(r.path));
    total.bytes += r.bytes;
    total.requests++;
  }
  return [...totals.values()].filter((t) => t.requests > 0);
}

/** "231.4 kB" (1 kB = 1,000 bytes, as the goal is stated). */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The median of numbers (nulls left out); null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const spread = (values) => {
  const known = values.filter((v) => v !== null);
  return known.length > 1 ? ` (runs: ${known.map((v) => Math.round(v)).join(', ')})` : '';
};

/**
 * Lines for one query measured over several runs: times (medians, each run in brackets), then bytes
 * until the first result and until the network went quiet, by kind of file (from the first run).
 */
export function formatQuery(label, measurements) {
  const first = measurements[0];
  const shown = measurements.map((m) => m.shownMs);
  const typing = first.requests.filter((r) => r.afterMs < 0);
  const untilFirst = first.requests.filter((r) => r.afterMs <= (first.insertedMs ?? Infinity));
  const sum = (requests) => requests.reduce((total, r) => total + r.bytes, 0);
  const kinds = byKind(first.requests).map((k) => `${k.kind} ${kb(k.bytes)}${k.requests > 1 ? ` (${k.requests})` : ''}`);
  return [
    `${label} "${first.query}": ${first.status}; ${first.results} result items shown`,
    `  first result painted ${ms(median(shown))} after Enter${spread(shown)}; count shown ${ms(median(measurements.map((m) => m.statusMs)))}; facet counts ${ms(median(measurements.map((m) => m.facetsMs)))}`,
    `  bytes from the click into the box: ${kb(sum(typing))} while typing, ${kb(sum(untilFirst))} until the first result (${untilFirst.length} requests), ${kb(sum(first.requests))} until the network was quiet (${first.requests.length} requests)`,
    `  by file: ${kinds.join(' · ') || 'none'}`,
  ];
}

/** One line per goal: met or missed, with the figure. */
/** The bytes a query loaded from the click into the box until its first result was inserted. */
export function bytesUntilFirstResult(measurement) {
  return measurement.requests.filter((r) => r.afterMs <= (measurement.insertedMs ?? Infinity)).reduce((total, r) => total + r.bytes, 0);
}

export function formatGoals({ shownMs, firstQueryBytes }, goals) {
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  return [
    shownMs === null
      ? `goal: first result painted at most ${goals.shownMs} ms after Enter: not measured (the first query found nothing; choose one that finds letters)`
      : `goal: first result painted at most ${goals.shownMs} ms after Enter: ${verdict(shownMs <= goals.shownMs)} (${ms(shownMs)}, first query, median)`,
    `goal: first query at most ${kb(goals.bytes)} until its first result: ${verdict(firstQueryBytes <= goals.bytes)} (${kb(firstQueryBytes)} from the click into the box until the first result, median)`,
  ];
}
