import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderSource, type RenderedSource, type SourceToRender } from './render-letters.ts';
import { readSourceFile, type SourceReading } from './source-reading.ts';

/**
 * The worker threads an ingest uses beside its own: one core ingests the sources in order, the others validate,
 * check and render the letter files (verifyMdx parses every body twice, the frontmatter is written as YAML). At
 * most two: ingesting is the slower half, so more would wait.
 */
export function defaultRenderThreads(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

/** What a worker thread is asked to do: render one source's letters, or make the first reading of some source files. */
export type PoolTask = { kind: 'render'; source: SourceToRender } | { kind: 'read'; files: string[] };

interface Waiting {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

/** Source files a thread is given at a time in the first reading: few enough that the threads finish together. */
const READ_CHUNK = 20;

/**
 * Renders sources' letters and entity files (renderSource) on worker threads, taking them in turn; with no threads, on this one.
 * Each call's promise holds its own source's letters, whatever order the threads finish in. The first reading of a
 * batch's files (readSources) is shared by the worker threads and this one.
 */
export class RenderPool {
  private workers: Worker[];
  private waiting = new Map<number, Waiting>();
  private next = 0;
  private turn = 0;

  /** Starts `threads` worker threads (0: render in the calling thread). */
  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { name: 'ingest-render' });
      worker.on('message', ({ id, result, error }: { id: number; result?: never; error?: string }) => {
        const waiting = this.waiting.get(id)!;
        this.waiting.delete(id);
        if (error !== undefined) waiting.reject(new Error(error));
        else waiting.resolve(result!);
      });
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
  }

  /** Checks and renders one source's letters and entity files. */
  render(source: SourceToRender): Promise<RenderedSource> {
    if (!this.workers.length) {
      try {
        return Promise.resolve(renderSource(source));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.ask(this.workers[this.turn++ % this.workers.length]!, { kind: 'render', source });
  }

  /**
   * The first reading of every file (readSourceFile), in the files' order. This thread reads too: each thread,
   * this one included, takes the next few files when it is done with its last, so that none waits for the others long.
   */
  async readSources(files: readonly string[]): Promise<SourceReading[]> {
    const readings: SourceReading[] = new Array(files.length);
    let taken = 0;
    const take = () => {
      const from = taken;
      taken = Math.min(files.length, taken + READ_CHUNK);
      return from;
    };
    const onThread = async (worker: Worker) => {
      for (let from = take(); from < files.length; from = take()) {
        const read: SourceReading[] = await this.ask(worker, { kind: 'read', files: files.slice(from, from + READ_CHUNK) });
        read.forEach((reading, i) => (readings[from + i] = reading));
      }
    };
    const threads = this.workers.map(onThread);
    for (let from = take(); from < files.length; from = take()) {
      for (let i = from; i < Math.min(files.length, from + READ_CHUNK); i++) readings[i] = readSourceFile(files[i]!);
      // Lets the threads' answers in, so that each is given its next files while this one reads.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(threads);
    return readings;
  }

  /** Ends the worker threads (they would keep the process alive). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private ask<T>(worker: Worker, task: PoolTask): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: never) => void, reject });
      worker.postMessage({ id, task });
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
