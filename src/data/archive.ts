import { getCollection } from 'astro:content';
import { letterBodyHtml } from '../lib/letter-html.ts';
import { readFileSync } from 'node:fs';
import { buildArchive, type Archive, type LetterEntry } from '../lib/archive.ts';
import { collectProblems, formatProblems } from './problems.ts';
import { extractMentions } from '../lib/mentions.ts';

let archive: Promise<Archive> | undefined;
const bodies = new Map<string, string>();

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
  for (const letter of letterEntries) bodies.set(letter.id, letter.body);
  return buildArchive({ letters: letterEntries, people, organisations, documents });
}

/** One letter's body as its page shows it. */
export async function letterHtml(id: string): Promise<string> {
  await loadArchive();
  const body = bodies.get(id);
  if (body === undefined) throw new Error(`no letter with id "${id}"`);
  return letterBodyHtml(body);
}
