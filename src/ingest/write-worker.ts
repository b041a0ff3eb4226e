// The thread of ContentFiles that writes: each batch of files in order, one after another, then says which failed.
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

interface Batch {
  id: number;
  writes: Array<{ file: string; data: string | Uint8Array }>;
}

parentPort!.on('message', ({ id, writes }: Batch) => {
  const failures: Array<{ index: number; message: string }> = [];
  writes.forEach(({ file, data }, index) => {
    try {
      writeFileSync(file, data);
    } catch (error) {
      failures.push({ index, message: error instanceof Error ? error.message : String(error) });
    }
  });
  parentPort!.postMessage({ id, failures });
});
