// npm run compare-date-readers : measures the archive's date reader against chrono-node on the labelled fixtures.
// For each source, the full dates each reader finds are compared with the union of the labelled dates of its letters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../src/lib/ingest/find-dates.ts';
import { flattenText } from '../src/lib/ingest/flat-text.ts';

type Reader = (text: string) => string[];
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const readers: Record<string, Reader> = {
  archive: (text) => findDates(flattenText(text).text).dates.map((d) => d.iso),
  'chrono-node (en)': (text) =>
    chrono.en.parse(flattenText(text).text).flatMap((r) => {
      const full = (c: chrono.ParsedComponents) => c.isCertain('day') && c.isCertain('month') && c.isCertain('year');
      return [r.start, r.end].filter((c): c is chrono.ParsedComponents => Boolean(c) && full(c!)).map((c) => iso(c.date()));
    }),
};

const dir = 'test/fixtures/ingest';
for (const [name, read] of Object.entries(readers)) {
  let truePositives = 0;
  let found = 0;
  let labelled = 0;
  const started = performance.now();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    const expected = new Set<string>(JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')).flatMap((l: { dates: string[] }) => l.dates));
    const got = new Set(read(text));
    labelled += expected.size;
    found += got.size;
    for (const date of got) if (expected.has(date)) truePositives++;
  }
  const ms = performance.now() - started;
  process.stdout.write(`${name.padEnd(18)} recall ${((100 * truePositives) / labelled).toFixed(1)}%  precision ${((100 * truePositives) / found).toFixed(1)}%  (${truePositives} of ${labelled} labelled dates, ${found} found)  ${ms.toFixed(0)} ms\n`);
}
