import { mkdirSync, readFileSync, writeFile } from 'node:fs';
import { dirname, join } from 'node:path';

/** A write that failed: the content file, the input whose file it was, and why. */
export interface FailedWrite {
  path: string;
  input: string;
  message: string;
}

/** Writes in flight at once: enough to keep the file system's threads busy, few enough to hold little. */
const IN_FLIGHT = 16;

interface Write {
  path: string;
  data: string | Uint8Array;
  input: string;
}

/**
 * The files of a content folder as this run leaves them. Writes are handed to the file system's own threads
 * (tens of thousands of small files cost the main thread most of an ingest when written synchronously), in
 * the order asked, one at a time for any one file; a file read while its write is pending reads the bytes
 * asked for, so that the ingest sees what it wrote whenever the disk catches up.
 */
export class ContentFiles {
  private pending = new Map<string, Write>();
  private queue: Write[] = [];
  private writing = new Set<string>();
  private running = 0;
  private folders = new Set<string>();
  private failures: FailedWrite[] = [];
  private idle: Array<() => void> = [];
  private readonly contentDir: string;

  /** The files of `contentDir`. */
  constructor(contentDir: string) {
    this.contentDir = contentDir;
  }

  /** Reads a file of the content folder (a path inside it) as text: what was last asked to be written there, else the disk's. */
  readText(path: string): string {
    const data = this.pending.get(path)?.data;
    if (data === undefined) return readFileSync(join(this.contentDir, path), 'utf8');
    return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  }

  /** Reads a file of the content folder as bytes, as readText does. */
  readBytes(path: string): Uint8Array {
    const data = this.pending.get(path)?.data;
    if (data === undefined) return readFileSync(join(this.contentDir, path));
    return typeof data === 'string' ? Buffer.from(data) : data;
  }

  /** Writes a file of the content folder (its folder is made first); `input` names the file read for it, should the write fail. */
  write(path: string, data: string | Uint8Array, input: string): void {
    const folder = dirname(join(this.contentDir, path));
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const job = { path, data, input };
    this.pending.set(path, job);
    this.queue.push(job);
    this.pump();
  }

  /** Waits for every write asked so far; returns those that failed. */
  async flush(): Promise<FailedWrite[]> {
    if (this.running || this.queue.length) await new Promise<void>((resolve) => this.idle.push(resolve));
    return this.failures.splice(0);
  }

  private pump(): void {
    for (let i = 0; i < this.queue.length && this.running < IN_FLIGHT; ) {
      const job = this.queue[i]!;
      // A later write of a file waits for the earlier one, so that the last asked is the last done.
      if (this.writing.has(job.path)) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.start(job);
    }
    if (!this.running && !this.queue.length) for (const resolve of this.idle.splice(0)) resolve();
  }

  private start(job: Write): void {
    this.running++;
    this.writing.add(job.path);
    writeFile(join(this.contentDir, job.path), job.data, (error) => {
      this.running--;
      this.writing.delete(job.path);
      if (error) this.failures.push({ path: job.path, input: job.input, message: error.message });
      if (this.pending.get(job.path) === job) this.pending.delete(job.path);
      this.pump();
    });
  }
}
