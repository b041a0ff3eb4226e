// Command-line options of scripts/bench.mjs. One table: adding an option (say --ingest N) is one
// entry here and one `if` where it is used.
import { parseArgs } from 'node:util';

/** Every option: its type ('count' is a positive integer), default and help text. */
export const OPTIONS = {
  letters: { type: 'count', default: 1000, help: 'number of synthetic letters to generate and build' },
  ingest: { type: 'count', default: null, help: 'instead: ingest N synthetic plain-text letters into a copy of content/ and time it' },
  seed: { type: 'string', default: 'un-letters', help: 'seed of the generator: the same seed gives the same archive' },
  keep: { type: 'boolean', default: false, help: 'keep the temporary folder (content, site snapshot, output, logs) and print its path' },
  out: { type: 'string', default: null, help: 'also write the results as JSON to this file' },
  floor: { type: 'boolean', default: false, help: 'after the build, also time copying its output (cp -r): what creating the same files and folders costs on this machine now' },
  update: { type: 'count', default: null, help: 'after the cold build, add K more letters and time the rebuild' },
  newest: { type: 'boolean', default: false, help: 'with --update: the K letters added are the newest, not K spread over the years' },
  slices: { type: 'count', default: null, help: 'render in N slices, one Astro process each (npm run build -- --slices N); default one per core' },
  peer: { type: 'string', default: null, help: 'also build the same letters with this peer (starlight), installed in the scratch folder, and print the ratio' },
  ref: { type: 'string', default: null, help: 'build the site as committed at this git ref instead of the working tree' },
  help: { type: 'boolean', default: false, help: 'show this help' },
};

/** The usage text, generated from OPTIONS so that it never falls behind. */
export function usage() {
  const lines = Object.entries(OPTIONS).map(([name, o]) => {
    const value = o.type === 'boolean' ? '' : o.type === 'count' ? ' N' : ' VALUE';
    const fallback = o.default === null || o.type === 'boolean' ? '' : ` (default ${o.default})`;
    return `  --${name}${value}`.padEnd(20) + `${o.help}${fallback}`;
  });
  return ['Usage: npm run bench -- [options]', ...lines].join('\n');
}

/** Reads argv into { letters, seed, keep, out, ref, help }; throws one readable line on a bad value. */
export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.entries(OPTIONS).map(([name, o]) => [name, { type: o.type === 'boolean' ? 'boolean' : 'string' }])),
    strict: true,
  });
  const options = {};
  for (const [name, o] of Object.entries(OPTIONS)) {
    const raw = values[name];
    if (raw === undefined) options[name] = o.default;
    else if (o.type === 'count') {
      if (!/^[1-9]\d*$/.test(raw)) throw new Error(`--${name} takes a positive whole number, not "${raw}"`);
      options[name] = Number(raw);
    } else options[name] = raw;
  }
  return options;
}
