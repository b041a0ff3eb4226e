import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';

// Sharded rendering (scripts/build.mjs): N Astro processes, on one machine or on N, each render the pages of one
// slice of the same archive, and a merge step joins the slices into one site. A page's slice depends on its path
// alone, so that every process agrees on it without talking to the others, whatever order the pages come in.

/** One slice of the build: the `index`-th (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads "i/N" (1 <= i <= N) as a shard; throws one readable line naming `source` otherwise. */
export function parseShard(text: string, source = '--shard'): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`${source} takes i/N with 1 <= i <= N (e.g. 1/2), not "${text}"`);
  return { index, count };
}

/**
 * What decides a page's slice: the first two segments of its path ("/letters/<id>", "/dates/1990"). Every page and
 * file under one of them lands in the same slice, so that the merge moves their folder whole: with the page's whole
 * path, a letter's page and its calendar files, a year's days, fell in different slices, and at 20,000 letters the
 * merge renamed 63,000 entries one by one.
 */
export function sliceUnit(pathname: string): string {
  return `/${pathname.split('/').filter(Boolean).slice(0, 2).join('/')}`;
}

/** The slice (from 1) a page's path falls in: the first four bytes of the SHA-1 of its unit, modulo the slice count. */
export function shardOf(pathname: string, count: number): number {
  return (createHash('sha1').update(sliceUnit(pathname)).digest().readUInt32BE(0) % count) + 1;
}

/**
 * An integration that renders only the pages of `shard`: it wraps Astro's prerenderer (the astro:build:start hook's
 * setPrerenderer) so that its list of paths keeps those of the slice. Bundling, assets and public/ are the same in
 * every slice; the merge keeps one copy of each (src/finish/merge-slices.ts).
 */
export function renderShard(shard: Shard): AstroIntegration {
  return {
    name: 'un-letters:shard',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: `${prerenderer.name}+shard`,
          async getStaticPaths() {
            const paths = await prerenderer.getStaticPaths();
            const kept = paths.filter((path) => shardOf(path.pathname, shard.count) === shard.index);
            logger.info(`slice ${shard.index}/${shard.count}: ${kept.length} of ${paths.length} pages`);
            return kept;
          },
        }));
      },
    },
  };
}
