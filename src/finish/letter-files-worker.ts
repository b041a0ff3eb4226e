// The worker that writes the files beside each letter while Astro renders (./ahead.ts): at the lowest priority
// (on Linux it applies to this thread alone), so that it uses the CPU Astro leaves idle.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { writeLetterFiles } from './letter-files.ts';

setPriority(19);
parentPort?.postMessage(writeLetterFiles(new URL((workerData as { dir: string }).dir)));
