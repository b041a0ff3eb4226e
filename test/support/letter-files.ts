import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitLetterFile } from '../../src/data/letter-loader.ts';

/** A letter file read as the archive stores it: raw text, frontmatter, body and where the body starts. */
export interface LetterFile {
  id: string;
  path: string;
  text: string;
  frontmatter: Record<string, unknown> & { source: { file: string; lines: [number, number] }; apparatus?: { lines: Array<{ line: number; text: string }> } | null };
  /** The body as the MDX loader hands it over: the text after the frontmatter, trimmed. */
  body: string;
  /** The file line (1-based) that holds the body's first line (the first with text after the frontmatter). */
  bodyStartLine: number;
}

/** Reads one letter file (content/letters/<id>.mdx) into its frontmatter and body. */
export function readLetterFile(path: string): LetterFile {
  const text = readFileSync(path, 'utf8');
  const parts = splitLetterFile(text);
  if (!parts) throw new Error(`${path} has no frontmatter`);
  const id = path.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return { id, path, text, frontmatter: parse(parts.yaml), body: parts.body.trim(), bodyStartLine: parts.bodyLine };
}

/** Every letter of a content folder, by id. */
export function readLetterFiles(contentDir: string): LetterFile[] {
  const folder = join(contentDir, 'letters');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readLetterFile(join(folder, name)));
}

/** The lines `from`..`to` (1-based, inclusive) of a plain-text source of a content folder. */
export function readSourceLines(contentDir: string, file: string, [from, to]: [number, number]): string {
  return readFileSync(join(contentDir, file), 'utf8').split('\n').slice(from - 1, to).join('\n');
}
