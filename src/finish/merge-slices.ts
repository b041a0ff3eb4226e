import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What merging the slices did: entries moved in, and files every slice had (assets, public/) kept once. */
export interface MergeReport {
  moved: number;
  shared: number;
}

/**
 * Moves every file and folder of `slice` into `into`. A folder the site does not have yet moves whole (a letter's
 * folder is one rename, not four files); a file both have must be the same, byte for byte (bundled assets and
 * public/ files are built the same by every slice), or the merge stops, naming it: two slices never write one
 * page differently without anyone noticing.
 */
function moveInto(slice: string, into: string, relative: string, report: MergeReport): void {
  for (const entry of readdirSync(slice + relative, { withFileTypes: true })) {
    const path = `${relative}${entry.name}`;
    const target = into + path;
    if (!existsSync(target)) {
      renameSync(slice + path, target);
      report.moved++;
    } else if (entry.isDirectory()) {
      moveInto(slice, into, `${path}/`, report);
    } else if (readFileSync(slice + path).equals(readFileSync(target))) {
      report.shared++;
    } else {
      throw new Error(`slices disagree on ${path}: ${slice}${path} differs from the copy already merged`);
    }
  }
}

/**
 * Joins slices rendered by separate Astro processes (src/integrations/shard.ts), on this machine or on others,
 * into the folder `into`, emptied first. The slices are moved, not copied: they are left empty.
 */
export function mergeSlices(slices: URL[], into: URL): string {
  const started = performance.now();
  const target = fileURLToPath(into);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const report: MergeReport = { moved: 0, shared: 0 };
  for (const slice of slices) {
    const folder = fileURLToPath(slice);
    if (!existsSync(folder)) throw new Error(`no slice at ${folder}: build it first (npm run build -- --shard i/N)`);
    moveInto(folder, target, '', report);
  }
  return `merged ${slices.length} slices: ${report.moved} files and folders moved, ${report.shared} files every slice had kept once, in ${Math.round(performance.now() - started)} ms`;
}

/**
 * Moves the previous site at `into` aside (one rename) and deletes it in a child process while the build goes on:
 * deleting the 257,000 files of a 20,000-letter site took 40 s of a 153 s update before the merge could begin. The
 * folder set aside is a hidden sibling (`.dist-previous-<pid>`), also removed by the next build if a build was stopped
 * before it was gone. Where the site cannot be renamed (a mount point), it is left for the merge to empty.
 */
export function setPreviousAside(into: URL): Promise<void> {
  const target = fileURLToPath(into).replace(/\/+$/, '');
  const parent = dirname(target);
  const prefix = `.${basename(target)}-previous-`;
  const leftovers = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name)) : [];
  const aside = join(parent, `${prefix}${process.pid}`);
  try {
    if (existsSync(target)) {
      renameSync(target, aside);
      leftovers.push(aside);
    }
  } catch {
    // Left in place: mergeSlices empties it.
  }
  if (!leftovers.length) return Promise.resolve();
  const remover = spawn(process.execPath, ['-e', 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })', ...leftovers], { stdio: 'inherit' });
  return new Promise((done, fail) => remover.on('exit', (code) => (code === 0 ? done() : fail(new Error(`could not delete the previous site (${leftovers.join(', ')}): exit code ${code}`)))));
}
