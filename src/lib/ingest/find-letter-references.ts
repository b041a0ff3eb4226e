import { matchLetter, type LetterRelation, type MatchLetter, type PartyKeys } from '../model/letter-matching.ts';
import { findDates } from './find-dates.ts';

/** A reference to another letter found in running text: how it is written, what it states, where it stands. */
export interface FoundLetterReference {
  /** The words as written, on one line ("your letter dated 14 February 2022 (S/2022/125)"). */
  description: string;
  relation: LetterRelation;
  date: string | null;
  symbol: string | null;
  /** Offset of the reference in the text. */
  start: number;
}

const KIND = String.raw`(?:identical\s+)?(?:letters?|notes?\s+verbales?)`;
// Up to the end of the clause: what follows the date ("from the President of ...") names the sender.
const TAIL = String.raw`(?:\s*\(\s*[A-Z]+\/[^)]{3,60}\))?(?:\s*,?\s+(?:from|by|addressed\s+to)\s+[^,.;()]{3,120})?`;
const DATED = String.raw`\s+(?:dated|of)\s+\d[^.;()]{4,60}?\d{4}`;
const REFERENCE = new RegExp(
  String.raw`\b(?:(your|my|our)\s+(?:previous\s+|earlier\s+)?${KIND}${DATED}|(transmit(?:ting)?|enclos(?:e|ing)|forward(?:ing)?)(?:\s+herewith)?\s+(?:a|the)\s+(?:copy\s+of\s+(?:a|the)\s+)?${KIND}(?:${DATED})?|(?:the|a)\s+${KIND}${DATED})${TAIL}`,
  'gi',
);
// "the letter from the President of the Council dated 23 December 2008 (S/2008/809)": the sender before the date.
const SENDER_FIRST = new RegExp(
  String.raw`\b(?:(your|my|our)|the|a)\s+${KIND}\s+from\s+[^,.;()]{3,120}?${DATED}(?:\s*\(\s*[A-Z]+\/[^)]{3,60}\))?`,
  'gi',
);
const SYMBOL = /\b[A-Z]+\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]*\d[A-Z0-9.-]*/g;

function relationOf(pronoun: string | undefined, verb: string | undefined): LetterRelation {
  if (pronoun) return pronoun.toLowerCase() === 'your' ? 'answers' : 'follows';
  return verb ? 'transmits' : 'cites';
}

/**
 * Every reference a letter's text makes to another letter: "your letter dated ..." (answers), "my letter
 * dated ..." (follows), "transmit herewith a letter from ..." (transmits), "the letter dated ... from ..."
 * (cites), also with the sender before the date ("the letter from the President of the Council dated ..."). A reference to two dates ("my letters of 23 and 25 March 2011 (S/2011/1 and S/2011/2)") is two
 * references, the symbols taken in order when there are as many as dates.
 */
export function findLetterReferences(text: string): FoundLetterReference[] {
  const found: FoundLetterReference[] = [];
  const matches = [...text.matchAll(REFERENCE)].map((m) => ({ match: m, relation: relationOf(m[1], m[2]) }));
  // A reference that names its sender before its date, where no other reading took those words.
  for (const m of text.matchAll(SENDER_FIRST)) {
    const end = m.index! + m[0].length;
    if (!matches.some(({ match }) => match.index! < end && m.index! < match.index! + match[0].length)) matches.push({ match: m, relation: relationOf(m[1], undefined) });
  }
  matches.sort((a, b) => a.match.index! - b.match.index!);
  for (const { match, relation } of matches) {
    const words = match[0].replace(/\s+/g, ' ').replace(/\s+\(\s*/g, ' (').replace(/\s*\)/g, ')').trim();
    const dates = [...new Set(findDates(words).dates.map((d) => d.iso))];
    const symbols = [...(/\(([^)]*)\)/.exec(words)?.[1] ?? '').matchAll(SYMBOL)].map((m) => m[0]);
    const symbolFor = (i: number) => (symbols.length === Math.max(dates.length, 1) ? symbols[i]! : null);
    if (!dates.length) found.push({ description: words, relation, date: null, symbol: symbolFor(0), start: match.index! });
    dates.forEach((date, i) => found.push({ description: words, relation, date, symbol: symbolFor(i), start: match.index! }));
  }
  return found;
}

/** A found reference resolved against the letters known: the letter's id when exactly one matches, else null. */
export function resolveReferences<L extends MatchLetter>(
  found: readonly FoundLetterReference[],
  citing: L,
  known: readonly L[],
  keysOf?: PartyKeys,
): Array<{ letter: string | null; description: string; relation: LetterRelation; date: string | null; symbol: string | null }> {
  return found.map(({ description, relation, date, symbol }) => ({
    letter: matchLetter({ relation, date, symbol }, citing, known, keysOf)?.id ?? null,
    description,
    relation,
    date,
    symbol,
  }));
}
