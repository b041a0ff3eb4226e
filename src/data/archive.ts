import { getCollection, getEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { buildArchive, type Archive, type LetterEntry } from '../lib/archive.ts';
import { collectProblems, formatProblems } from './problems.ts';
import { extractMentions } from '../lib/mentions.ts';

let archive: Promise<Archive> | undefined;

/** Loads, checks and cross-references the whole archive once per build; fails the build on a broken reference. */
export function loadArchive(): Promise<Archive> {
  archive ??= assemble();
  return archive;
}

async function assemble(): Promise<Archive> {
  const [letters, people, organisations, documents] = await Promise.all([
    getCollection('letters'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('documents'),
  ]);
  // Mentions are read once here and shared by the reference check and the cross-referencing.
  const letterEntries: LetterEntry[] = letters.map((l) => ({ id: l.id, data: l.data, body: l.body ?? '', filePath: l.filePath ?? l.id, mentions: extractMentions(l.body ?? '') }));
  const problems = collectProblems({ letters: letterEntries, people, organisations, documents }, readFileSync);
  if (problems.length) throw new Error(formatProblems(problems));
  return buildArchive({ letters: letterEntries, people, organisations, documents });
}

/** One letter's body as HTML, rendered once when the content was synced (see letter-loader.ts). */
export async function letterHtml(id: string): Promise<string> {
  const entry = await getEntry('letters', id);
  if (!entry?.rendered) throw new Error(`no rendered letter with id "${id}"`);
  return entry.rendered.html;
}
