import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSource, evaluateWarnings, newEvaluation, type Evaluation } from '../lib/ingest/evaluate.ts';
import { ingestFiles } from './run.ts';

const WARNING = /^.*?:(\d+): warning \((no-date|unknown-sender|ambiguous-date|unknown-symbol)\)/;

/** The project's register, found from this file's place so that any working directory will do. */
const PROJECT_REGISTER = fileURLToPath(new URL('../../content/register', import.meta.url));

/**
 * Runs the ingest (dry run) over every hand-labelled fixture in `dir` and scores each field; warnings only when the set
 * labels them. By default each fixture is read as a first ingest into an empty archive: the default archive holds the
 * real letters the held-out set is drawn from, with their people as an editor reviewed them, which would lend the
 * ingest what it has to find. Only the register (office-holders and Member States, known in advance) comes along.
 */
export async function evaluateFixtures(dir: string, { contentDir, warnings = true }: { contentDir?: string; warnings?: boolean } = {}): Promise<Evaluation> {
  const scratch = contentDir ? null : mkdtempSync(join(tmpdir(), 'un-letters-evaluate-'));
  // The register of office-holders and Member States is known in advance, not learned from letters: it comes along.
  if (scratch && existsSync(PROJECT_REGISTER)) cpSync(PROJECT_REGISTER, join(scratch, 'register'), { recursive: true });
  try {
    return await scoreFixtures(dir, contentDir ?? scratch!, warnings);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function scoreFixtures(dir: string, contentDir: string, warnings: boolean): Promise<Evaluation> {
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
