import { ANNEX_HEADING, CLOSING, SIGNED } from './patterns.ts';
import { findDates } from './find-dates.ts';

/** A run of source lines that holds one letter (or one annex). Lines are 1-based and inclusive. */
export interface Segment {
  first: number;
  last: number;
  /** Index of the segment that encloses this one, or null for a letter that stands alone. */
  enclosedIn: number | null;
  /** The line that opened the segment as an annex or enclosure ("Annex"), or null. */
  heading: string | null;
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
  const segments: Segment[] = [{ first: 1, last: lines.length, enclosedIn: null, heading: null }];
  let signed = false;
  let seenText = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const current = segments[segments.length - 1]!;
    const startsAnnex = seenText && ANNEX_HEADING.test(line);
    const startsEnclosedLetter = signed && isDateLine(line);
    if (startsAnnex || startsEnclosedLetter) {
      // The line that opens the enclosure is its first line (1-based index + 1); blank lines before it close the cover letter.
      current.last = index;
      // An "Enclosure" that follows an annex belongs to that annex ("I attach a report (see enclosure)").
      const parent = startsAnnex && /^\s*Enclosure/i.test(line) && current.enclosedIn !== null ? segments.length - 1 : 0;
      segments.push({ first: index + 1, last: lines.length, enclosedIn: parent, heading: startsAnnex ? line.trim() : null });
      signed = false;
      continue;
    }
    if (line.trim()) seenText = true;
    if (CLOSING.test(line) || SIGNED.test(line)) signed = true;
  }
  return segments;
}
