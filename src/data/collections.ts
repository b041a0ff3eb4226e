import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { letterHtml, loadArchive } from './archive.ts';
import { splitLetterFile } from './letter-loader.ts';
import { letterParagraphs } from '../lib/text/letter-paragraphs.ts';
import { checkCollectionReferences, findCollectionReferences, type CollectionProblem } from '../lib/archive/collection-references.ts';
import { collectionLetters, collectionsByLetter, type CollectionSummary } from '../lib/views/collection-views.ts';

/** A collection ready for its page: the entry (to render), what it names, and its letters. */
export interface CollectionPage extends CollectionSummary {
  entry: CollectionEntry<'collections'>;
}

/** Every collection, checked against the archive, and for each letter the collections that cite or list it. */
export interface Collections {
  /** By title. */
  collections: CollectionPage[];
  byLetter: Map<string, CollectionSummary[]>;
}

let loaded: Promise<Collections> | undefined;
const paragraphsByLetter = new Map<string, Promise<Map<number, string>>>();

/**
 * Reads the collections (content/collections/*.mdx) and checks every letter and paragraph they cite; an unknown
 * letter or a paragraph its letter does not have fails the build with the file and line. Once per build;
 * under `astro dev`, on every call, so that an edited essay is checked again.
 */
export function loadCollections(): Promise<Collections> {
  if (import.meta.env.DEV) return assemble();
  loaded ??= assemble();
  return loaded;
}

/** The text of paragraph `n` of a letter, as its page shows it (without the paragraph number). */
export async function paragraphText(letterId: string, n: number): Promise<string> {
  const text = (await paragraphsOf(letterId)).get(n);
  if (text === undefined) throw new Error(`letter "${letterId}" has no paragraph ${n}`);
  return text;
}

/** A letter's paragraphs, rendered once per build (under `astro dev` every time, as the letter may have changed). */
function paragraphsOf(letterId: string): Promise<Map<number, string>> {
  if (import.meta.env.DEV) return letterHtml(letterId).then(letterParagraphs);
  let paragraphs = paragraphsByLetter.get(letterId);
  if (!paragraphs) paragraphsByLetter.set(letterId, (paragraphs = letterHtml(letterId).then(letterParagraphs)));
  return paragraphs;
}

async function assemble(): Promise<Collections> {
  const archive = await loadArchive();
  const entries = (await getCollection('collections')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || (a.id < b.id ? -1 : 1));
  const counts = new Map<string, number>();
  const quoted = new Set<string>();
  const read = entries.map((entry) => {
    const filePath = entry.filePath ?? `collections/${entry.id}.mdx`;
    const parts = splitLetterFile(readFileSync(filePath, 'utf8'));
    const found = findCollectionReferences(parts?.body ?? entry.body ?? '');
    for (const ref of found.references) if (ref.paragraph !== null && archive.letterById.has(ref.letter!)) quoted.add(ref.letter!);
    return { entry, filePath, bodyLine: parts?.bodyLine ?? 1, ...found };
  });
  for (const id of quoted) counts.set(id, (await paragraphsOf(id)).size);
  const letters = { has: (id: string) => archive.letterById.has(id), paragraphCount: (id: string) => counts.get(id) ?? 0 };
  const problems: string[] = [];
  const located = (filePath: string, bodyLine: number) => (p: CollectionProblem) => `${filePath}:${bodyLine + p.line - 1} ${p.tag}: ${p.message}`;
  for (const { entry, filePath, bodyLine, references, problems: found } of read) {
    problems.push(...[...found, ...checkCollectionReferences(references, letters)].sort((a, b) => a.line - b.line).map(located(filePath, bodyLine)));
    entry.data.letters.forEach((id, i) => {
      if (!letters.has(id)) problems.push(`${filePath}:${frontmatterLine(filePath, `letters`)} letters[${i}]: unknown letter id "${id}"`);
    });
  }
  if (problems.length) throw new Error(`The collections have ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
  const collections = read.map(({ entry, references }): CollectionPage => ({
    entry,
    id: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    letters: collectionLetters(references, entry.data.letters),
  }));
  return { collections, byLetter: collectionsByLetter(collections) };
}

/** The line of a frontmatter field in a file (1-based), or 1 when it cannot be found. */
function frontmatterLine(filePath: string, field: string): number {
  const index = readFileSync(filePath, 'utf8').split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index + 1 || 1;
}
