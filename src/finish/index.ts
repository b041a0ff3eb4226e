import { writeLetterFiles } from './letter-files.ts';
import { writeSearchIndex } from './search-index.ts';
import { folderUrl, type BuildSettings } from './settings.ts';
import { writeShareImages } from './share-images/index.ts';
import { writeSitemap } from './sitemap.ts';

/**
 * Finishes a site Astro has built: the Pagefind index, the files beside each letter, the share images and the
 * sitemap. They read the built pages and /data/ only, so they run side by side (Pagefind in its own process,
 * the share images on worker threads), and after Astro has exited, so that its memory is given back first.
 * `ahead` is the work begun while Astro still rendered (./ahead.ts): the share images wait for it.
 */
export async function finishSite(settings: BuildSettings, log: (line: string) => void, ahead: Promise<string | null> = Promise.resolve(null)): Promise<void> {
  const dir = folderUrl(settings.outDir);
  const logIfAny = (line: string | null) => line && log(line);
  await Promise.all([
    writeSearchIndex(dir).then(log),
    writeLetterFiles(dir).then(log),
    ahead.then(logIfAny).then(() => writeShareImages(dir, folderUrl(settings.cacheDir))).then(log),
    writeSitemap(dir, settings.site).then(log),
  ]);
}
