import type { Archive, LetterView } from '../archive/archive.ts';
import type { CollectionReference } from '../archive/collection-references.ts';

/** A collection as its pages and the letters it cites need it: its id, title and the letters it names. */
export interface CollectionSummary {
  id: string;
  title: string;
  description: string;
  /** Every letter the essay cites (<Letter>, <Quote>) or its frontmatter lists, each once, in the essay's order. */
  letters: string[];
}

/** The letters a collection names, each once: those its essay cites in order, then those its frontmatter adds. */
export function collectionLetters(references: readonly CollectionReference[], listed: readonly string[]): string[] {
  const cited = references.flatMap((r) => (r.letter === null ? [] : [r.letter]));
  return [...new Set([...cited, ...listed])];
}

/** A collection's letters in the order they were written (oldest first; letters of one day by id), for <Timeline/>. */
export function collectionTimeline(letterIds: readonly string[], archive: Archive): LetterView[] {
  const letters = letterIds.map((id) => archive.letterById.get(id)).filter((l): l is LetterView => l !== undefined);
  return letters.sort((a, b) => (a.sortDate !== b.sortDate ? (a.sortDate < b.sortDate ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** For each letter, the collections that cite or list it, in the order of the collections given. */
export function collectionsByLetter(collections: readonly CollectionSummary[]): Map<string, CollectionSummary[]> {
  const byLetter = new Map<string, CollectionSummary[]>();
  for (const collection of collections) {
    for (const id of collection.letters) byLetter.set(id, [...(byLetter.get(id) ?? []), collection]);
  }
  return byLetter;
}
