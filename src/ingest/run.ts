import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../lib/ingest/decode.ts';
import { discoverEntities, ingestSource } from '../lib/ingest/ingest-source.ts';
import { estimateDate, letterFrontmatter, recordedAddition } from '../lib/ingest/letter-file.ts';
import { contractEntry, type ContractLetter } from '../lib/ingest/contract.ts';
import { reportLine, warningLine } from '../lib/ingest/report.ts';
import { ArchiveState } from './archive-state.ts';
import type { IngestArguments } from './arguments.ts';
import { ArchiveWriter } from './writer.ts';
import { writeIngestWarnings } from '../data/review-input.ts';
import type { IngestWarningEntry } from '../lib/archive/review.ts';
import { defaultRenderThreads, RenderPool } from './render-pool.ts';
import type { LetterToRender } from './render-letters.ts';
import { EntityFiles } from './entity-files.ts';

/** What an ingest run produced: the contract's JSON, the report's lines and the failed files. */
export interface IngestOutcome {
  contract: ContractLetter[];
  report: string[];
  failures: string[];
  /** The warnings, by the archive's copy of the source (sources/<name>.txt) and its line. */
  warnings: IngestWarningEntry[];
}

/** The .txt files named on the command line, folders searched recursively, in a stable order. */
export function collectInputs(inputs: readonly string[], failures: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.txt')) files.push(full);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) failures.push(`${input}: no such file or folder`);
    else if (statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return files;
}

/** Ingests every input; a file that fails is named with its reason and the others go on. */
export async function ingestFiles(args: IngestArguments): Promise<IngestOutcome> {
  const outcome: IngestOutcome = { contract: [], report: [], failures: [], warnings: [] };
  const state = new ArchiveState(args.contentDir);
  const writer = new ArchiveWriter(state, args.dryRun, args.force);
  const files = collectInputs(args.inputs, outcome.failures);
  // A first reading makes every person the batch names known, so that no letter's links depend on the order of the files.
  for (const file of files) {
    const decoded = decodeSource(readFileSync(file));
    try {
      if (decoded.ok) discoverEntities(decoded.text, state.contextFor([], true));
    } catch {
      // the second reading reports it
    }
  }
  const entities = new EntityFiles(state);
  const pool = new RenderPool(args.threads ?? defaultRenderThreads());
  const queue: Array<Promise<Finish>> = [];
  try {
    // Sources are read in order here while the pool checks and renders those read before; each is finished
    // (written, reported) in order too, so that the output is the same with any number of threads.
    for (const file of files) {
      queue.push(readSource(file, state, writer, entities, pool));
      while (queue.length > IN_FLIGHT) (await queue.shift()!)(outcome);
    }
    while (queue.length) (await queue.shift()!)(outcome);
  } finally {
    await pool.close();
  }
  outcome.failures.push(...(await writer.finish()));
  outcome.report.push(...outcome.failures.map((f) => `error: ${f}`));
  // The warnings stay with the archive for its editors: `npm run review` and the review page list them.
  if (!args.dryRun) writeIngestWarnings(args.contentDir, outcome.warnings, outcome.failures);
  outcome.report.push(writer.summary(outcome.contract.length, outcome.failures.length));
  return outcome;
}

/** Sources read ahead of the one being finished: enough to keep the pool's threads busy, few enough to hold little. */
const IN_FLIGHT = 32;

/** What is left to do for a source once its letters are rendered: write its files and report them. */
type Finish = (outcome: IngestOutcome) => void;

const failed = (file: string, error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(file) ? message : `${file}: failed: ${message}`;
};

/**
 * Reads one source into its letters, then has the pool validate, check and render them;
 * resolves to what finishes the source. A source fails at the first letter with a problem, in the letters' order.
 */
async function readSource(file: string, state: ArchiveState, writer: ArchiveWriter, entities: EntityFiles, pool: RenderPool): Promise<Finish> {
  const bytes = readFileSync(file);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return (outcome) => outcome.failures.push(`${file}: refused: ${decoded.reason}`);
  const sameSource = state.findSameSource(bytes);
  try {
    const { letters, warnings } = ingestSource(decoded.text, state.contextFor(sameSource ? state.lettersFromSource(sameSource) : []));
    state.rememberLetters(letters);
    const sourceFile = sameSource ?? writer.sourcePathFor(letters[0]!.id);
    const toRender: LetterToRender[] = letters.map((letter) => {
      const cover = letters.find((l) => l.id === letter.enclosedIn);
      const frontmatter = letterFrontmatter(letter, sourceFile, estimateDate(letter, cover?.date ?? null), dayAdded(state, letter.id));
      return { body: letter.body, sourceText: letter.sourceText, frontmatter };
    });
    const rendered = await pool.render({ letters: toRender, entities: letters.map((letter) => entities.of(letter)) });
    return (outcome) => {
      try {
        // The frontmatter must pass the letter schema, and the body parse, hold no code, and show every word of its
        // lines of the source: else the file fails here, not in the build. Only the last letter rendered can fail.
        const bad = rendered.letters.findIndex((r) => r.invalid !== undefined || r.problems.length);
        if (bad >= 0) {
          const { invalid, problems } = rendered.letters[bad]!;
          throw new Error(`${file}:${letters[bad]!.lines[0]}: ${invalid ?? `body: ${problems.join('; ')}`}`);
        }
        const texts = rendered.letters.map((r, i) => ({ id: letters[i]!.id, text: r.text }));
        for (const note of decoded.notes) outcome.report.push(`${file}:1: warning (encoding): ${note}`);
        const statuses = writer.writeSource(file, sourceFile, bytes, sameSource !== null, texts, letters, rendered.entities);
        letters.forEach((letter, i) => {
          outcome.contract.push(contractEntry(file, letter, state));
          outcome.report.push(reportLine(letter, statuses[i]!));
        });
        for (const warning of [...warnings, ...writer.takeWarnings()]) {
          outcome.report.push(warningLine(file, warning));
          outcome.warnings.push({ file: sourceFile, line: warning.line, kind: warning.kind, message: warning.message });
        }
      } catch (error) {
        outcome.failures.push(failed(file, error));
      }
    };
  } catch (error) {
    return (outcome) => outcome.failures.push(failed(file, error));
  }
}

/**
 * The day a letter entered the archive: the one its file already records, else today (UTC). Kept on every later
 * ingest, so that re-ingesting an unchanged source changes nothing and "What's new" keeps the first day.
 */
function dayAdded(state: ArchiveState, id: string): string {
  const file = `letters/${id}.mdx`;
  return (state.files.has(file) ? recordedAddition(state.disk.readText(file)) : null) ?? new Date().toISOString().slice(0, 10);
}
