import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Redirect } from '../schema/index.ts';
import { checkRedirects, formatRedirectProblems, readRedirects } from '../lib/archive/redirects.ts';
import { loadArchive } from './archive.ts';
import { contentRoot } from './content-root.ts';

let redirects: Promise<Redirect[]> | undefined;

/** The letters' redirects (content/redirects.yaml), read once per build; a broken one fails the build with file and line. */
export function loadRedirects(): Promise<Redirect[]> {
  redirects ??= assemble();
  return redirects;
}

async function assemble(): Promise<Redirect[]> {
  const file = join(contentRoot(), 'redirects.yaml');
  if (!existsSync(file)) return [];
  const archive = await loadArchive();
  const read = readRedirects(readFileSync(file, 'utf8'));
  const problems = [...read.problems, ...checkRedirects(read.redirects, new Set(archive.letterById.keys()))];
  if (problems.length) throw new Error(formatRedirectProblems(relative(process.cwd(), file), problems));
  return read.redirects.map(({ from, to }) => ({ from, to }));
}
