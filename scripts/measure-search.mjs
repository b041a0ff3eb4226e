// npm run measure-search -- --site <built dist folder> [--query Q]... [--runs N] [--no-gzip]
//
// Measures search as a reader meets it: serves the built site on 127.0.0.1, opens /search/ in
// Chromium (a fresh profile per run, so the first query starts with an empty cache), types each query
// and presses Enter, and reports per query the time from the Enter key to the first result painted
// and the bytes sent after the key (until the first result, and until the network is quiet), by file.
// Queries run one after another in the same page: the second shows what a later query costs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { TYPING_DELAY_MS, measureQuery, openSearchPage } from './measure-search/page.mjs';
import { bytesUntilFirstResult, formatGoals, formatQuery, median } from './measure-search/report.mjs';
import { serveSite } from './measure-search/server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Issue 15's goals on the 20,000-letter archive.
const GOALS = { shownMs: 150, bytes: 150_000 };
const USAGE = `Usage: npm run measure-search -- --site <dist folder> [options]
  --site DIR      the built site to serve (the folder with index.html and pagefind/)
  --query Q       a query to type; repeat for more, run in order in the same page
                  (default: "delegations", then the first GA resolution the archive cites, as "69/321")
  --runs N        runs, each in a fresh browser profile (default 3); times are medians
  --no-gzip       serve text files uncompressed (default: gzip, as static hosts do)`;

/** The first General Assembly resolution of the archive's symbol index, written as a reader types it ("69/321"). */
function citedResolution(site) {
  const index = JSON.parse(readFileSync(join(site, 'search/symbols.json'), 'utf8'));
  for (const [prefix, rests] of Object.entries(index)) {
    const session = /^A\/RES\/(\d+)\/$/.exec(prefix)?.[1];
    const number = rests.find((rest) => /^\d+$/.test(rest));
    if (session && number) return `${session}/${number}`;
  }
  throw new Error(`${site}/search/symbols.json names no General Assembly resolution`);
}

function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { site: { type: 'string' }, query: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' }, 'no-gzip': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help) return null;
  if (!values.site) throw new Error('--site is required');
  if (!existsSync(join(values.site, 'search/index.html')) || !existsSync(join(values.site, 'pagefind/pagefind.js'))) {
    throw new Error(`${values.site} is not a built site with search (no search/index.html or pagefind/pagefind.js)`);
  }
  if (!/^[1-9]\d*$/.test(values.runs)) throw new Error(`--runs takes a positive whole number, not "${values.runs}"`);
  return { site: values.site, queries: values.query ?? ['delegations', citedResolution(values.site)], runs: Number(values.runs), gzip: !values['no-gzip'] };
}

/** How many letters the site's search index holds, and in how many parts (/pagefind/parts.json; older sites have one index). */
function indexedLetters(site) {
  const manifest = join(site, 'pagefind/parts.json');
  if (!existsSync(manifest)) return `${JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).languages?.en?.page_count ?? '?'} pages indexed`;
  const { parts } = JSON.parse(readFileSync(manifest, 'utf8'));
  return `${parts.reduce((sum, part) => sum + part.letters, 0)} letters indexed in ${parts.length} part${parts.length === 1 ? '' : 's'}`;
}

async function main(options) {
  const server = await serveSite(options.site, { gzip: options.gzip });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const byQuery = options.queries.map(() => []);
  const errors = new Set();
  try {
    console.log(`measure-search: ${options.site} (${indexedLetters(options.site)}), ${options.runs} run(s), text files ${options.gzip ? 'gzipped' : 'uncompressed'}, typing ${TYPING_DELAY_MS} ms a key`);
    for (let run = 0; run < options.runs; run++) {
      const { context, page, errors: pageErrors } = await openSearchPage(browser, server);
      for (const [i, query] of options.queries.entries()) byQuery[i].push(await measureQuery(page, server, query));
      pageErrors.forEach((e) => errors.add(e));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const lines = byQuery.flatMap((measurements, i) => formatQuery(i === 0 ? 'first query' : `query ${i + 1}`, measurements));
  const first = byQuery[0];
  lines.push(...formatGoals({ shownMs: median(first.map((m) => m.shownMs)), firstQueryBytes: median(first.map(bytesUntilFirstResult)) }, GOALS));
  if (errors.size) lines.push(`page errors: ${[...errors].join(' | ')}`);
  console.log(lines.join('\n'));
}

let options;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (!options) console.log(USAGE);
else await main(options).catch((error) => {
  console.error(`measure-search failed: ${error.message}`);
  process.exitCode = 1;
});
