import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDocument, type Document } from 'yaml';
import { letterSchema } from '../schema/index.ts';
import { checkLetterBody } from '../lib/text/letter-markup.ts';
import { lineFinder } from '../lib/text/mentions.ts';

const READ_AT_ONCE = 32;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A letter file split into its frontmatter and its body, with the file line on which the body starts. */
export interface LetterFileParts {
  yaml: string;
  body: string;
  bodyLine: number;
}

/** Splits a letter file at its frontmatter; the body loses its leading blank lines, as Astro's own loaders hand it over. */
export function splitLetterFile(text: string): LetterFileParts | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  const body = rest.replace(/^(?:[ \t]*\r?\n)+/, '');
  const lineOf = lineFinder(text);
  return { yaml: match[1]!, body, bodyLine: lineOf(text.length - body.length) };
}

/** What a letter file without frontmatter gets told, after its path and line. */
const NO_FRONTMATTER = 'frontmatter: the file must start with a --- frontmatter block';

/** The body of a letter file, by its path as the content store records it; the store keeps only frontmatter. */
export function readLetterBody(filePath: string): string {
  const parts = splitLetterFile(readFileSync(filePath, 'utf8'));
  if (!parts) throw new Error(`${filePath}:1 ${NO_FRONTMATTER}`);
  return parts.body;
}

/**
 * Loads the letters: each MDX file's frontmatter is checked against the letter schema, and its body against
 * what a letter may hold (the check the ingest runs too: mention components and formatting tags, http(s) and
 * mailto links, no images, attributes or ids; see letter-markup.ts); anything else fails
 * the sync with its file and line. Letters are not compiled into MDX modules: at 5,000 letters that bundling
 * took 19 s and most of the build's memory. Only the frontmatter is stored; unchanged files are skipped by digest.
 */
export function letterLoader(options: { base: string }): Loader {
  return {
    name: 'letter-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const names = (await readdir(base)).filter((name) => name.endsWith('.mdx')).sort();
      const untouched = new Set(context.store.keys());
      const problems: string[] = [];
      // A few files at a time: one read after another waits on the disk for each in turn.
      for (let start = 0; start < names.length; start += READ_AT_ONCE) {
        const batch = names.slice(start, start + READ_AT_ONCE).map((name) => ({ id: basename(name, '.mdx'), file: join(base, name) }));
        for (const { id } of batch) untouched.delete(id);
        for (const found of await Promise.all(batch.map(({ id, file }) => syncLetter(context, file, relative(root, file), id)))) problems.push(...found);
      }
      for (const id of untouched) context.store.delete(id);
      if (problems.length) throw new Error(`${problems.length} letter problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
      // Under astro dev: a letter file added, changed or deleted is synced again on its own.
      context.watcher?.add(base);
      context.watcher?.on('all', async (event, changed) => {
        if (dirname(changed) !== base || !changed.endsWith('.mdx')) return;
        const id = basename(changed, '.mdx');
        if (event === 'unlink') context.store.delete(id);
        else for (const line of await syncLetter(context, changed, relative(root, changed), id)) context.logger.error(line);
      });
    },
  };
}

/**
 * The file line of a frontmatter field's value, or of the nearest enclosing value for a field that is missing;
 * the frontmatter's first line is the file's second, after the opening ---.
 */
function fieldLine(text: string, yaml: Document, path: ReadonlyArray<PropertyKey>): number {
  const lineOf = lineFinder(text);
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? yaml.contents : yaml.getIn(path.slice(0, depth) as Array<string | number>, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return 1 + lineOf(range[0]);
  }
  return 2;
}

/**
 * Parses a letter's frontmatter and checks it against the letter schema; each problem names the file, the line
 * and the field ("content/letters/x.mdx:4 date: ..."). `raw` is the parsed frontmatter when there is none.
 */
export function checkFrontmatter(filePath: string, text: string): { raw?: Record<string, unknown>; problems: string[] } {
  const yaml = parseDocument(text);
  if (yaml.errors.length) return { problems: yaml.errors.map((e) => `${filePath}:${(e.linePos?.[0].line ?? 0) + 1} frontmatter: ${e.message.split('\n')[0]}`) };
  const raw = (yaml.toJS() ?? {}) as Record<string, unknown>;
  const checked = letterSchema.safeParse(raw);
  if (checked.success) return { raw, problems: [] };
  return { problems: checked.error.issues.map((issue) => `${filePath}:${fieldLine(text, yaml, issue.path)} ${issue.path.map(String).join('.') || 'frontmatter'}: ${issue.message}`) };
}

/** Reads and checks one letter into the store, unless its digest is unchanged; returns its problems. */
async function syncLetter(context: LoaderContext, file: string, filePath: string, id: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  const digest = context.generateDigest(text);
  if (context.store.get(id)?.digest === digest) return [];
  const parts = splitLetterFile(text);
  if (!parts) return [`${filePath}:1 ${NO_FRONTMATTER}`];
  const frontmatter = checkFrontmatter(filePath, parts.yaml);
  if (!frontmatter.raw) return frontmatter.problems;
  const problems = checkLetterBody(parts.body);
  if (problems.length) return problems.map((p) => `${filePath}:${parts.bodyLine + p.line - 1} body: ${p.message}`);
  // The collection's own check again (the same schema), which is what Astro stores: under 0.1 ms a letter (the
  // bench validates 9,735 files, YAML parsing included, in 0.8 s).
  const data = await context.parseData({ id, data: frontmatter.raw, filePath });
  // The body stays in its file (src/data/archive.ts reads it): Astro bundles the whole store into the build as
  // one string, and with the bodies in it bundling took 1 s and 0.5 GB more at 5,000 letters (3.2 GB at 20,000).
  context.store.set({ id, data, filePath, digest });
  return [];
}
