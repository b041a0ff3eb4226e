import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A write that failed: the content file, the input whose file it was, and why. */
export interface FailedWrite {
  path: string;
  input: string;
  message: string;
}

/** Files sent to the writing thread at once (flush sends the rest). */
const BATCH = 64;

interface Write {
  path: string;
  data: string | Uint8Array;
  input: string;
}

/**
 * The files of a content folder as this run leaves them. Writes are made on a thread of their own
 * (write-worker.ts: tens of thousands of small files cost the main thread a third of an ingest when written
 * here), in the order asked, one after another; a file read while its write is pending reads the bytes asked
 * for, so that the ingest sees what it wrote whenever the disk catches up.
 */
export class ContentFiles {
  private pending = new Map<string, Write>();
  private batch: Write[] = [];
  private sent = new Map<number, Write[]>();
  private next = 0;
  private worker: Worker | null = null;
  private folders = new Set<string>();
  private failures: FailedWrite[] = [];
  private drained: Array<() => void> = [];
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

  /** Writes a file of the content folder (its folder is made first, here); `input` names the file read for it, should the write fail. */
  write(path: string, data: string | Uint8Array, input: string): void {
    const folder = dirname(join(this.contentDir, path));
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    const job = { path, data, input };
    this.pending.set(path, job);
    // Sent to the thread a batch at a time: a message costs this thread about as much as a write would.
    if (this.batch.push(job) >= BATCH) this.send();
  }

  /** Waits for every write asked so far and ends the writing thread; returns the writes that failed. */
  async flush(): Promise<FailedWrite[]> {
    this.send();
    if (this.sent.size) await new Promise<void>((resolve) => this.drained.push(resolve));
    await this.worker?.terminate();
    this.worker = null;
    return this.failures.splice(0);
  }

  private send(): void {
    if (!this.batch.length) return;
    const id = this.next++;
    const batch = this.batch.splice(0);
    this.sent.set(id, batch);
    this.thread().postMessage({ id, writes: batch.map((w) => ({ file: join(this.contentDir, w.path), data: w.data })) });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    this.worker = new Worker(new URL('./write-worker.ts', import.meta.url), { name: 'ingest-write' });
    this.worker.on('message', ({ id, failures }: { id: number; failures: Array<{ index: number; message: string }> }) => {
      const batch = this.sent.get(id)!;
      this.sent.delete(id);
      for (const { index, message } of failures) this.failures.push({ path: batch[index]!.path, input: batch[index]!.input, message });
      for (const job of batch) if (this.pending.get(job.path) === job) this.pending.delete(job.path);
      if (!this.sent.size) for (const resolve of this.drained.splice(0)) resolve();
    });
    this.worker.on('error', (error) => {
      this.worker = null;
      for (const batch of this.sent.values()) for (const job of batch) this.failures.push({ path: job.path, input: job.input, message: error.message });
      this.sent.clear();
      for (const resolve of this.drained.splice(0)) resolve();
    });
    return this.worker;
  }
}
