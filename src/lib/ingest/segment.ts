import { ANNEX_HEADING, CLOSING, LETTER_TITLE, NOTE_VERBALE, SALUTATION, SIGNED } from './patterns.ts';
import { findDates } from './find-dates.ts';

/** A run of source lines that holds one letter (or one annex). Lines are 1-based and inclusive. */
export interface Segment {
  first: number;
  last: number;
  /** Index of the segment that encloses this one, or null for a letter that stands alone. */
  enclosedIn: number | null;
  /** The line that opened the segment as an annex or enclosure ("Annex"), or null. */
  heading: string | null;
  /** How many lines the heading takes ("Annex to the letter dated ... from the President of the / Security Council addressed to ..."). */
  headingLines: number;
}

/** True when a line is nothing but a date, optionally after a place: "New York, 11 December 2015". */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 60 || !/\d{4}/.test(trimmed)) return false;
  const { dates } = findDates(trimmed);
  if (dates.length !== 1) return false;
  const before = trimmed.slice(0, dates[0]!.start);
  const after = trimmed.slice(dates[0]!.end);
  return /^(?:[\p{L} .'’-]{2,40},\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?(?:the\s+)?$/u.test(before) && /^[\s.]*$/.test(after);
}

/**
 * Splits a source into letters: an "Annex" or "Enclosure" heading opens an enclosure of the first
 * letter, and so does a new date line after a letter has been signed (a cover letter followed by
 * the letter it encloses, as the seeds have it).
 */
export function segmentLetters(lines: readonly string[]): Segment[] {
  const segments: Segment[] = [{ first: 1, last: lines.length, enclosedIn: null, heading: null, headingLines: 0 }];
  let signed = false;
  let linesSinceClosing = 0;
  let seenText = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const current = segments[segments.length - 1]!;
    const startsAnnex = seenText && ANNEX_HEADING.test(line);
    // A date line right under the closing formula is the letter's own (notes verbales date at the foot);
    // after a signature, with a letter's opening to follow, it opens an enclosed letter. In an annexed record or
    // communiqué, the place and date under its heading ("Addis Ababa, 10 February 2012") open nothing.
    const startsEnclosedLetter = signed && linesSinceClosing > 0 && isDateLine(line) && hasTextAfter(lines, index, 3) && opensLetter(lines, index);
    if (startsAnnex || startsEnclosedLetter) {
      // The line that opens the enclosure is its first line (1-based index + 1); blank lines before it close the cover letter.
      current.last = index;
      // An "Enclosure" that follows an annex belongs to that annex ("I attach a report (see enclosure)").
      const parent = startsAnnex && /^\s*Enclosure/i.test(line) && /^Annex/i.test(current.heading ?? '') ? segments.length - 1 : 0;
      segments.push({ first: index + 1, last: lines.length, enclosedIn: parent, heading: startsAnnex ? line.trim() : null, headingLines: startsAnnex ? headingLength(lines, index) : 0 });
      signed = false;
      continue;
    }
    if (line.trim()) seenText = true;
    if (signed && line.trim()) linesSinceClosing++;
    if (CLOSING.test(line) || SIGNED.test(line)) {
      signed = true;
      linesSinceClosing = SIGNED.test(line) ? 1 : 0;
    }
  }
  return segments;
}

/** A letter's opening words: "I have the honour", "I am writing", "On behalf of", "Further to". */
const LETTER_OPENING = /^\s*(?:I\s+(?:have|am|write|wish|refer)|We\s+(?:have|are|write)|On\s+behalf\s+of|Further\s+to|With\s+reference\s+to|Pursuant\s+to)\b/;

/** True when a letter opens in the few lines under line `index`: a salutation, a note verbale, a letter's title or first words. */
function opensLetter(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index + 1).filter((l) => l.trim()).slice(0, 6);
  return next.some((l) => SALUTATION.test(l) || NOTE_VERBALE.test(l) || LETTER_TITLE.test(l) || LETTER_OPENING.test(l));
}

/** True when at least `count` non-blank lines follow line index `index`. */
function hasTextAfter(lines: readonly string[], index: number, count: number): boolean {
  let found = 0;
  for (let i = index + 1; i < lines.length && found < count; i++) if (lines[i]!.trim()) found++;
  return found >= count;
}

/** Lines an annex heading takes: "Annex to the letter dated ..." runs on until its "addressed to ..." (at most three lines). */
function headingLength(lines: readonly string[], index: number): number {
  if (!/^\s*Annex(?:es)?\s+to\s+the\b/i.test(lines[index]!)) return 1;
  let length = 1;
  let heading = lines[index]!;
  // "... addressed to the" is not finished: the addressee is on the next line.
  const finished = (text: string) => /\baddressed\s+to\s+\S/i.test(text) && !/\b(?:the|of|to|and|addressed)\s*$/i.test(text);
  // A long line is text, not the heading's continuation (a flattened annex runs on after "... from the").
  while (length < 3 && !finished(heading) && lines[index + length]?.trim() && lines[index + length]!.trim().length <= 200) {
    heading += ` ${lines[index + length]!.trim()}`;
    length++;
  }
  return length;
}
