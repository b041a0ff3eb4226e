import { readFile, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { drawShareImagesAhead } from './share-images/index.ts';
import { folderUrl, type BuildSettings } from './settings.ts';

/** How often to look for the data Astro writes first. */
const POLL_MS = 200;

/**
 * Resolves true once `file` has been written since `since` (ms since the epoch) and holds whole JSON, false if
 * `stop` comes first. Astro writes a file in pieces, so a file that does not parse yet is looked at again.
 */
export async function whenJsonWritten(file: URL, since: number, stop: AbortSignal): Promise<boolean> {
  while (!stop.aborted) {
    const written = await stat(file).then((s) => s.mtimeMs >= since, () => false);
    if (written) {
      try {
        JSON.parse(await readFile(file, 'utf8'));
        return true;
      } catch {
        // Not all of it written yet.
      }
    }
    await sleep(POLL_MS, undefined, { signal: stop }).catch(() => undefined);
  }
  return false;
}

/** Writes the files beside each letter on a worker thread of the lowest priority; resolves with its line for the log. */
function writeLetterFilesInBackground(dir: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./letter-files-worker.ts', import.meta.url), { workerData: { dir: dir.href } });
    worker.once('message', (line: string) => resolve(`${line}, while Astro built`));
    worker.once('error', reject);
  });
}

/** What was done while Astro rendered: lines for the log, and whether the letter files are written. */
export interface AheadWork {
  lines: string[];
  letterFiles: boolean;
}

/** Nothing done ahead: the finishing step does it all. */
export const NOTHING_AHEAD: AheadWork = Object.freeze({ lines: [], letterFiles: false });

/**
 * Work of the finishing step that needs only /data/, which Astro renders first, done on threads of the lowest
 * priority while Astro renders the rest: the share images are drawn into the build cache, then the files beside
 * each letter are written. Nothing is done if Astro exits before writing /data/.
 */
export async function finishAhead(settings: BuildSettings, since: number, astroExited: AbortSignal): Promise<AheadWork> {
  const dir = folderUrl(settings.outDir);
  const written = (name: string) => whenJsonWritten(new URL(`data/${name}`, dir), since, astroExited);
  if (!(await written('letters.json'))) return NOTHING_AHEAD;
  const lines = [await drawShareImagesAhead(dir, folderUrl(settings.cacheDir))];
  if (!(await written('letters.csl.json'))) return { lines, letterFiles: false };
  lines.push(await writeLetterFilesInBackground(dir));
  return { lines, letterFiles: true };
}
