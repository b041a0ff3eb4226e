import type { LetterReference, PersonData } from '../../schema/index.ts';
import { keysWithRoles, matchLetter } from '../model/letter-matching.ts';
import type { Entry, LetterView } from './archive.ts';

/** A reference of a letter as the site shows it: the frontmatter's, with the letter the build resolved. */
export type ResolvedReference = LetterReference;

/** Another letter's reference to this one: which letter, and how it stands to this one. */
export interface Referrer {
  letter: string;
  relation: LetterReference['relation'];
}

/** What a letter's thread adds to it: its references resolved, what it answers, what answered and cited it. */
export interface LetterThreadLinks {
  /** The frontmatter's refersTo, each with the letter id resolved at build when exactly one letter matches. */
  references: ResolvedReference[];
  /** Ids of the letters it answers ("your letter dated ..."), in the order it names them. */
  answers: string[];
  /** Ids of the letters that answer it, oldest first. */
  answeredBy: string[];
  /** The letters that refer to it, oldest first. */
  referredBy: Referrer[];
}

/**
 * Resolves every letter's references that name no letter yet (the frontmatter's own ids are kept) and links
 * replies both ways. `chronological` is oldest first. A person is also known by the roles they held on the day,
 * so that "your letter" to the Secretary-General finds the letter António Guterres signed.
 */
export function linkThreads(chronological: LetterView[], people: ReadonlyMap<string, Entry<PersonData>>): Map<string, LetterThreadLinks> {
  const byDate = new Map<string, LetterView[]>();
  const bySymbol = new Map<string, LetterView[]>();
  for (const letter of chronological) {
    if (letter.data.date) (byDate.get(letter.data.date) ?? byDate.set(letter.data.date, []).get(letter.data.date)!).push(letter);
    if (letter.data.symbol) (bySymbol.get(letter.data.symbol) ?? bySymbol.set(letter.data.symbol, []).get(letter.data.symbol)!).push(letter);
  }
  const keysOf = keysWithRoles((id) => people.get(id)?.data.roles);
  const asMatch = (l: LetterView) => ({ ...l, date: l.data.date, symbol: l.data.symbol, senders: l.data.senders, recipients: l.data.recipients, encloses: l.data.encloses, enclosedIn: l.data.enclosedIn });

  const links = new Map<string, LetterThreadLinks>(chronological.map((l) => [l.id, { references: [], answers: [], answeredBy: [], referredBy: [] }]));
  for (const letter of chronological) {
    const own = links.get(letter.id)!;
    for (const reference of letter.data.refersTo) {
      let id = reference.letter;
      if (!id) {
        const candidates = [...new Set([...(reference.symbol ? (bySymbol.get(reference.symbol) ?? []) : []), ...(reference.date ? (byDate.get(reference.date) ?? []) : []), ...encloseds(letter, chronological)])];
        id = matchLetter(reference, asMatch(letter), candidates.map(asMatch), keysOf)?.id ?? null;
      }
      own.references.push({ ...reference, letter: id });
      if (!id || !links.has(id)) continue;
      if (reference.relation === 'answers') {
        own.answers.push(id);
        links.get(id)!.answeredBy.push(letter.id);
      }
      links.get(id)!.referredBy.push({ letter: letter.id, relation: reference.relation });
    }
  }
  return links;
}

/** The letters a letter encloses or that name it as their cover: candidates for "transmit herewith a letter". */
function encloseds(letter: LetterView, all: readonly LetterView[]): LetterView[] {
  if (!letter.data.encloses.length) return [];
  const ids = new Set(letter.data.encloses);
  return all.filter((l) => ids.has(l.id));
}
