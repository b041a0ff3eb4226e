import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewQueue, type IngestWarningEntry, type ReviewLetter, type ReviewPerson, type ReviewQueue, type ReviewRecord } from '../lib/archive/review.ts';
import { contentRoot } from './content-root.ts';
import { splitLetterFile } from './letter-loader.ts';

/** Where the last ingest leaves its warnings for the editors, in the content folder. */
export const INGEST_WARNINGS_FILE = 'ingest-warnings.json';

/** Writes the warnings (and the files refused) of an ingest run over the last run's. */
export function writeIngestWarnings(contentDir: string, warnings: readonly IngestWarningEntry[], failures: readonly string[]): void {
  const refused = failures.map((f) => ({ file: f.split(':')[0]!, line: Number(/:(\d+):/.exec(f)?.[1] ?? 1), kind: 'refused', message: f }));
  const file = join(contentDir, INGEST_WARNINGS_FILE);
  const text = `${JSON.stringify([...warnings, ...refused], null, 2)}\n`;
  // Written only when it changes: an ingest that changes nothing leaves every file of the archive as it was.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : []);
// The letter loader's own reading of a file's frontmatter, so that review reads a letter as the build does.
const frontmatter = (text: string) => (parse(splitLetterFile(text)?.yaml ?? '') ?? {}) as Record<string, unknown>;

/** What the review reads from a content folder: every record's name and state, the people, the letters, the last warnings. */
export function readReviewInput(contentDir: string): { records: ReviewRecord[]; people: ReviewPerson[]; letters: ReviewLetter[]; warnings: IngestWarningEntry[] } {
  const records: ReviewRecord[] = [];
  const people: ReviewPerson[] = [];
  for (const collection of ['people', 'organisations', 'documents'] as const) {
    for (const file of yamlFiles(join(contentDir, collection))) {
      const data = (parse(readFileSync(join(contentDir, collection, file), 'utf8')) ?? {}) as Record<string, unknown>;
      const id = file.slice(0, -5);
      const name = String(data.name ?? data.symbol ?? id);
      records.push({ collection, id, name, reviewed: data.reviewed !== false });
      if (collection === 'people') people.push({ id, name, familyName: typeof data.familyName === 'string' ? data.familyName : null });
    }
  }
  const letters: ReviewLetter[] = [];
  const letterDir = join(contentDir, 'letters');
  for (const file of existsSync(letterDir) ? readdirSync(letterDir).filter((f) => f.endsWith('.mdx')).sort() : []) {
    const data = frontmatter(readFileSync(join(letterDir, file), 'utf8'));
    const id = file.slice(0, -4);
    const title = String(data.title ?? id);
    records.push({ collection: 'letters', id, name: title, reviewed: data.reviewed !== false });
    letters.push({ id, title, date: typeof data.date === 'string' ? data.date : null, senders: Array.isArray(data.senders) ? data.senders.length : 0 });
  }
  const warningsFile = join(contentDir, INGEST_WARNINGS_FILE);
  const warnings = existsSync(warningsFile) ? (JSON.parse(readFileSync(warningsFile, 'utf8')) as IngestWarningEntry[]) : [];
  return { records, people, letters, warnings };
}

/** What awaits review in the archive's own content folder (ARCHIVE_CONTENT_DIR, else ./content). */
export function editorsReviewQueue(): ReviewQueue {
  return reviewQueue(readReviewInput(contentRoot()));
}
