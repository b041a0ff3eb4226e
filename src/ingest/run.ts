import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../lib/ingest/decode.ts';
import { ingestRestored, ingestSource } from '../lib/ingest/ingest-source.ts';
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
import type { SourceReading } from './source-reading.ts';

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
  const entities = new EntityFiles(state);
  const pool = new RenderPool(args.threads ?? defaultRenderThreads());
  const queue: Array<Promise<Finish>> = [];
  try {
    // A first reading makes every person the batch names known, so that no letter's links depend on the order of the
    // files. The files are read, decoded and restored then, on every thread, and made known in order here.
    const readings: Array<SourceReading | null> = await pool.readSources(files);
    const preview = state.contextFor([], true);
    for (const reading of readings) for (const [name, familyName] of reading!.people) preview.addPerson(name, familyName);
    // Sources are ingested in order here while the pool checks and renders those ingested before; each is finished
    // (written, reported) in order too, so that the output is the same with any number of threads.
    for (let i = 0; i < files.length; i++) {
      queue.push(readSource(files[i]!, readings[i]!, state, writer, entities, pool));
      readings[i] = null;
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
async function readSource(file: string, reading: SourceReading, state: ArchiveState, writer: ArchiveWriter, entities: EntityFiles, pool: RenderPool): Promise<Finish> {
  const { bytes, decoded, restored } = reading;
  if (!decoded.ok) return (outcome) => outcome.failures.push(`${file}: refused: ${decoded.reason}`);
  const sameSource = state.findSameSource(bytes);
  try {
    const context = state.contextFor(sameSource ? state.lettersFromSource(sameSource) : []);
    // A source whose lines could not be restored in the first reading is read again, to fail with the reason.
    const { letters, warnings } = restored ? ingestRestored(restored, context) : ingestSource(decodedText(bytes), context);
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

/** The text of a source that decoded (decodeSource). */
function decodedText(bytes: Uint8Array): string {
  const decoded = decodeSource(bytes);
  return decoded.ok ? decoded.text : '';
}

/**
 * The day a letter entered the archive: the one its file already records, else today (UTC). Kept on every later
 * ingest, so that re-ingesting an unchanged source changes nothing and "What's new" keeps the first day.
 */
function dayAdded(state: ArchiveState, id: string): string {
  const file = `letters/${id}.mdx`;
  return (state.files.has(file) ? recordedAddition(state.disk.readText(file)) : null) ?? new Date().toISOString().slice(0, 10);
}
