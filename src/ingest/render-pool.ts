import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderSource, type RenderedSource, type SourceToRender } from './render-letters.ts';

/**
 * The worker threads an ingest uses beside its own: one core reads the sources in order, the others check and
 * render the letter files (verifyMdx parses every body twice, the frontmatter is written as YAML). At most two:
 * reading is the slower half, so more would wait.
 */
export function defaultRenderThreads(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

interface Waiting {
  resolve: (rendered: RenderedSource) => void;
  reject: (error: Error) => void;
}

/**
 * Renders sources' letters and entity files (renderSource) on worker threads, taking them in turn; with no threads, on this one.
 * Each call's promise holds its own source's letters, whatever order the threads finish in.
 */
export class RenderPool {
  private workers: Worker[];
  private waiting = new Map<number, Waiting>();
  private next = 0;

  /** Starts `threads` worker threads (0: render in the calling thread). */
  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
      worker.on('message', ({ id, rendered, error }: { id: number; rendered?: RenderedSource; error?: string }) => {
        const waiting = this.waiting.get(id)!;
        this.waiting.delete(id);
        if (error !== undefined) waiting.reject(new Error(error));
        else waiting.resolve(rendered!);
      });
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
  }

  /** Checks and renders one source's letters and entity files. */
  render(source: SourceToRender): Promise<RenderedSource> {
    const id = this.next++;
    if (!this.workers.length) {
      try {
        return Promise.resolve(renderSource(source));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, source });
    });
  }

  /** Ends the worker threads (they would keep the process alive). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
