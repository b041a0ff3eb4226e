import { readFile, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
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

/**
 * Work of the finishing step that needs only /data/, which Astro renders first: the share images are drawn into
 * the build cache on one worker thread while Astro renders the rest on the other core. Resolves with a line for
 * the log, or with null if Astro exited before writing /data/letters.json.
 */
export async function finishAhead(settings: BuildSettings, since: number, astroExited: AbortSignal): Promise<string | null> {
  const dir = folderUrl(settings.outDir);
  if (!(await whenJsonWritten(new URL('data/letters.json', dir), since, astroExited))) return null;
  return drawShareImagesAhead(dir, folderUrl(settings.cacheDir));
}
