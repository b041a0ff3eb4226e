import { writeFirstResults } from './first-results.ts';
import { writeLetterFiles } from './letter-files.ts';
import { writeSearchIndex } from './search-index.ts';
import { NOTHING_AHEAD, type AheadWork } from './ahead.ts';
import { folderUrl, type BuildSettings } from './settings.ts';
import { writeShareImages } from './share-images/index.ts';
import { writeSitemap } from './sitemap.ts';

/**
 * Finishes a site Astro has built: the Pagefind index and the first results of one-word searches, the files beside
 * each letter, the share images and the sitemap. They read the built pages and /data/ only, so they run side by side (Pagefind in its own process,
 * the share images on worker threads), and after Astro has exited, so that its memory is given back first.
 * `ahead` is the work begun while Astro still rendered (./ahead.ts): what it has not done is done here.
 */
export async function finishSite(settings: BuildSettings, log: (line: string) => void, ahead: Promise<AheadWork> = Promise.resolve(NOTHING_AHEAD)): Promise<void> {
  const dir = folderUrl(settings.outDir);
  const early = ahead.then((work) => (work.lines.forEach(log), work));
  await Promise.all([
    writeSearchIndex(dir, folderUrl(settings.cacheDir), settings.searchPartLetters).then(async ({ line, parts }) => {
      log(line);
      log(await writeFirstResults(dir, folderUrl(settings.cacheDir), parts, settings.firstResultsWords));
    }),
    early.then((work) => (work.letterFiles ? undefined : log(writeLetterFiles(dir)))),
    early.then(() => writeShareImages(dir, folderUrl(settings.cacheDir))).then(log),
    writeSitemap(dir, settings.site).then(log),
  ]);
}
