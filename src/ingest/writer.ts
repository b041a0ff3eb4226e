import { isUntouched } from '../lib/ingest/letter-file.ts';
import type { WriteStatus } from '../lib/ingest/report.ts';
import type { DraftLetter, IngestWarning } from '../lib/ingest/types.ts';
import type { ArchiveState } from './archive-state.ts';
import type { EntityText } from './entity-files.ts';

/** Writes what the ingest produced into a content folder: sources, letters, and the entities they are the first to name. */
export class ArchiveWriter {
  private warnings: IngestWarning[] = [];
  private counts = { new: 0, updated: 0, unchanged: 0, kept: 0, entities: 0 };
  private writtenEntities = new Set<string>();

  private state: ArchiveState;
  private dryRun: boolean;
  private force: boolean;

  /** Writes into the state's content folder, or nowhere in a dry run; `force` overwrites letters edited by hand. */
  constructor(state: ArchiveState, dryRun: boolean, force: boolean) {
    this.state = state;
    this.dryRun = dryRun;
    this.force = force;
  }

  /** Where a new source is kept: sources/<id of its first letter>.txt. */
  sourcePathFor(firstLetterId: string): string {
    return `sources/${firstLetterId}.txt`;
  }

  /** Writes one source's files and returns what became of each letter; `entities` holds each letter's (entity-files.ts). */
  writeSource(file: string, sourceFile: string, bytes: Uint8Array, sourceKept: boolean, files: Array<{ id: string; text: string }>, letters: DraftLetter[], entities: EntityText[][]): WriteStatus[] {
    if (this.dryRun) return files.map(() => 'not written (dry run)');
    if (!sourceKept) this.write(sourceFile, bytes, file);
    const statuses = files.map(({ id, text }, i) => this.writeLetter(file, id, text, letters[i]!));
    for (const files of entities) this.writeEntities(files, file);
    return statuses;
  }

  private writeLetter(file: string, id: string, text: string, letter: DraftLetter): WriteStatus {
    const path = `letters/${id}.mdx`;
    if (this.state.files.has(path)) {
      const existing = this.state.disk.readText(path);
      if (existing === text) return this.count('unchanged');
      if (!isUntouched(existing) && !this.force) {
        this.warnings.push({ line: letter.lines[0], kind: 'hand-edited', message: `${path} was edited after ingest; kept as it is (--force overwrites it) [${file}]` });
        this.counts.kept++;
        return 'kept (edited by hand; --force overwrites)';
      }
      this.write(path, text, file);
      return this.count('updated');
    }
    this.write(path, text, file);
    return this.count('new');
  }

  private writeEntities(files: EntityText[], file: string): void {
    for (const { path, text, symbol } of files) {
      if (symbol !== undefined) {
        if (this.state.documents.has(symbol)) continue;
        this.state.documents.add(symbol);
      }
      if (this.writtenEntities.has(path) || this.state.files.has(path)) continue;
      this.writtenEntities.add(path);
      this.write(path, text, file);
      this.counts.entities++;
    }
  }

  /** The file is written in the background (content-files.ts): what the run reads of it meanwhile is what it wrote. */
  private write(path: string, data: string | Uint8Array, file: string): void {
    this.state.disk.write(path, data, file);
    this.state.files.add(path);
  }

  /** Waits for every file to be on disk; the writes that failed, each as a failure of the input it was written for. */
  async finish(): Promise<string[]> {
    return (await this.state.disk.flush()).map((f) => `${f.input}: failed: ${f.path} could not be written: ${f.message}`);
  }

  private count(status: 'new' | 'updated' | 'unchanged'): WriteStatus {
    this.counts[status]++;
    return status;
  }

  /** The warnings raised while writing since the last call (letters kept because edited by hand). */
  takeWarnings(): IngestWarning[] {
    return this.warnings.splice(0);
  }

  /** The report's closing line. */
  summary(letters: number, failedFiles: number): string {
    const c = this.counts;
    const written = this.dryRun ? 'dry run: nothing written' : `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.kept} kept as edited, ${c.entities} people/organisations/documents added for review`;
    return `ingest: ${letters} letters (${written}); ${failedFiles} file${failedFiles === 1 ? '' : 's'} failed`;
  }
}
