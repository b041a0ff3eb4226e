import type { Archive, LetterView } from '../archive/archive.ts';
import { summarizeLetter, type LetterSummary } from '../archive/describe.ts';

/** One letter of a thread, with how it stands to the letter whose page shows the thread. */
export interface ThreadEntry {
  letter: LetterSummary;
  /** "This letter", "Answers this letter", "Answered by this letter", "Encloses this letter"... */
  relation: string;
  /** True for the letter whose page this is. */
  current: boolean;
}

/** How far a thread reaches: beyond this many letters, the page lists only the nearest ones. */
export const THREAD_LIMIT = 40;

const RELATION_TO_REFERRED = { answers: 'Answered by this letter', follows: 'Followed up by this letter', transmits: 'Transmitted by this letter', cites: 'Cited by this letter' };
const RELATION_OF_REFERRER = { answers: 'Answers this letter', follows: 'Follows up this letter', transmits: 'Transmits this letter', cites: 'Cites this letter' };

/** The letters linked to one, directly, each with how it stands to it. */
function neighbours(letter: LetterView): Array<[string, string]> {
  const linked: Array<[string, string]> = [];
  if (letter.data.enclosedIn) linked.push([letter.data.enclosedIn, 'Encloses this letter']);
  for (const id of letter.data.encloses) linked.push([id, 'Enclosed in this letter']);
  for (const r of letter.thread.references) if (r.letter) linked.push([r.letter, RELATION_TO_REFERRED[r.relation]]);
  for (const r of letter.thread.referredBy) linked.push([r.letter, RELATION_OF_REFERRER[r.relation]]);
  return linked;
}

/**
 * A letter's thread, oldest first: the letter, what it answers, encloses or refers to, what answered or
 * followed it, and so on through those letters' own links (up to THREAD_LIMIT letters, nearest first).
 * Empty when the letter is linked to no other.
 */
export function letterThread(letter: LetterView, archive: Archive): ThreadEntry[] {
  const direct = new Map<string, string>();
  for (const [id, relation] of neighbours(letter)) if (!direct.has(id)) direct.set(id, relation);
  if (!direct.size) return [];
  const seen = new Set([letter.id]);
  let frontier = [letter.id];
  while (frontier.length && seen.size < THREAD_LIMIT) {
    const next: string[] = [];
    for (const id of frontier) {
      const view = archive.letterById.get(id);
      for (const [other] of view ? neighbours(view) : []) {
        if (seen.has(other) || !archive.letterById.has(other) || seen.size >= THREAD_LIMIT) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return [...seen]
    .map((id) => archive.letterById.get(id)!)
    .sort((a, b) => (a.sortDate !== b.sortDate ? (a.sortDate < b.sortDate ? -1 : 1) : a.id < b.id ? -1 : 1))
    .map((view) => ({
      letter: summarizeLetter(view, archive),
      relation: view.id === letter.id ? 'This letter' : (direct.get(view.id) ?? 'In the same thread'),
      current: view.id === letter.id,
    }));
}
