import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSource, evaluateWarnings, newEvaluation, type Evaluation } from '../lib/ingest/evaluate.ts';
import { ingestFiles } from './run.ts';

const WARNING = /^.*?:(\d+): warning \((no-date|unknown-sender|ambiguous-date|unknown-symbol)\)/;

/** The project's own content folder, found from this file's place so that any working directory will do. */
const PROJECT_CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/** Runs the ingest (dry run, against the archive's content) over every hand-labelled fixture in `dir` and scores each field; warnings only when the set labels them. */
export async function evaluateFixtures(dir: string, { contentDir = PROJECT_CONTENT, warnings = true }: { contentDir?: string; warnings?: boolean } = {}): Promise<Evaluation> {
  const evaluation = newEvaluation();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(dir, name);
    const expected = JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8'));
    const { contract, report } = await ingestFiles({ inputs: [path], contentDir, dryRun: true, json: true, force: false });
    evaluateSource(expected, contract, evaluation);
    if (!warnings) continue;
    const labelled = path.replace(/\.txt$/, '.expected-warnings.json');
    const actual = report.flatMap((line) => {
      const m = WARNING.exec(line);
      return m ? [{ line: Number(m[1]), kind: m[2]! }] : [];
    });
    evaluateWarnings(path, existsSync(labelled) ? JSON.parse(readFileSync(labelled, 'utf8')) : [], actual, evaluation);
  }
  return evaluation;
}
