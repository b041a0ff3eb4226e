// npm run check-corpus -- [--keep] <folders or files...>
// Ingests letters into a scratch copy of the archive, builds it, and checks letter by letter that every
// word of each source is on its built page, and that each paragraph of a source stands whole on one page. Useful before a large import; CI runs it on the real corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findMissingWords, words } from '../lib/text/fidelity.ts';
import { paragraphsNotWhole, withoutApparatus, type PrintedLine } from '../lib/text/source-paragraphs.ts';
import { letterTextFromHtml } from '../lib/text/page-text.ts';
import { ingestFiles } from './run.ts';

const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const inputs = argv.filter((a) => a !== '--keep');
if (!inputs.length) {
  process.stderr.write('usage: npm run check-corpus -- [--keep] <folders or files...>\n');
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'un-letters-corpus-'));
const contentDir = join(scratch, 'content');
const outDir = join(scratch, 'dist');
cpSync('content', contentDir, { recursive: true });

const outcome = await ingestFiles({ inputs, contentDir, dryRun: false, json: false, force: false });
process.stdout.write(`${outcome.report.join('\n')}\n`);

const started = Date.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: outDir, ARCHIVE_CACHE_DIR: join(scratch, 'cache') },
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (build.status !== 0) {
  process.stdout.write(`${build.stdout}\n${build.stderr}\ncheck-corpus: the build of the scratch archive failed (kept in ${scratch})\n`);
  process.exit(1);
}
process.stdout.write(`check-corpus: built ${contentDir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

let failed = 0;
// Each source's paragraphs, apparatus aside, must stand whole on one of the pages of its letters.
const sources = new Map<string, { lines: string[]; printed: PrintedLine[]; pages: string[][] }>();
for (const { id } of outcome.contract) {
  const mdx = readFileSync(join(contentDir, 'letters', `${id}.mdx`), 'utf8');
  const data = parse(mdx.split('\n---\n')[0]!.replace(/^---\n/, '')) as { source: { file: string; lines: [number, number] }; apparatus?: { lines: PrintedLine[] } };
  const lines = readFileSync(join(contentDir, data.source.file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const printed = data.apparatus?.lines ?? [];
  const page = join(outDir, 'letters', id, 'index.html');
  const html = existsSync(page) ? readFileSync(page, 'utf8') : null;
  const text = html === null ? null : letterTextFromHtml(html);
  // The letter's own lines are in its text; what its apparatus keeps is elsewhere on the page, as printed.
  const own = withoutApparatus(lines, printed).slice(data.source.lines[0] - 1, data.source.lines[1]).join('\n');
  const missing = text === null || html === null ? { word: '(no page)', after: '' } : findMissingWords(own, text) ?? findMissingWords(printed.map((p) => p.text).join('\n'), html.replace(/<[^>]+>/g, ' '));
  if (missing) {
    failed++;
    process.stdout.write(`FIDELITY ${id}: word "${missing.word}" after "${missing.after}" is not on /letters/${id}/\n`);
  }
  const entry = sources.get(data.source.file) ?? { lines, printed: [], pages: [] };
  entry.printed.push(...printed);
  entry.pages.push(words(text ?? ''));
  sources.set(data.source.file, entry);
}
let paragraphs = 0;
let broken = 0;
for (const [file, { lines, printed, pages }] of sources) {
  const judged = paragraphsNotWhole(lines, printed, pages);
  paragraphs += judged.paragraphs;
  broken += judged.broken.length;
  for (const paragraph of judged.broken) process.stdout.write(`PARAGRAPH ${file}: "${paragraph.slice(0, 80)}..." is not whole on any page of its letters\n`);
}
process.stdout.write(`check-corpus: ${paragraphs} source paragraphs, ${paragraphs - broken} whole on one page, ${broken} not\n`);
const files = outcome.failures.length;
process.stdout.write(`check-corpus: ${outcome.contract.length} letters ingested, ${outcome.contract.length - failed} pass fidelity, ${failed} fail; ${files} file${files === 1 ? '' : 's'} refused\n`);
if (keep) process.stdout.write(`check-corpus: scratch archive kept in ${scratch}\n`);
else rmSync(scratch, { recursive: true, force: true });
process.exit(failed || broken || files ? 1 : 0);
