import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { syncContent } from './astro-build.ts';
import { contentDir } from './paths.ts';

/**
 * A scratch copy of ./content for a test that builds a broken archive: `create()` copies it into a new
 * folder and returns that folder; after the tests the folder is removed and .astro/ is pointed back at
 * ./content for anyone running astro dev here.
 */
export function useScratchContent(prefix: string): { create: () => Promise<string> } {
  let work = '';
  afterAll(async () => {
    if (!work) return;
    const sync = await syncContent(join(work, 'sync-cache'));
    await rm(work, { recursive: true, force: true });
    if (sync.code !== 0) throw new Error(`astro sync failed after the broken build:\n${sync.output}`);
  }, 120_000);
  return {
    create: async () => {
      work = await mkdtemp(join(tmpdir(), prefix));
      await cp(contentDir, join(work, 'content'), { recursive: true });
      return work;
    },
  };
}
