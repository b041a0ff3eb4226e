import type { Archive, LetterView } from '../archive/archive.ts';

/** The letters that entered the archive on one day, or (day null) those whose day of addition is not recorded. */
export interface AdditionDay {
  day: string | null;
  letters: LetterView[];
}

/**
 * The archive's letters by the day they were added (their `added` field), newest day first; on one day, newest
 * letter first. Letters without a recorded day come last, in one group of their own, so that none is left out.
 */
export function lettersByDayAdded(archive: Archive): AdditionDay[] {
  const days = new Map<string | null, LetterView[]>();
  for (const letter of archive.letters) {
    const day = letter.data.added;
    days.set(day, [...(days.get(day) ?? []), letter]);
  }
  const dated = [...days.keys()].filter((d): d is string => d !== null).sort().reverse();
  const groups: AdditionDay[] = dated.map((day) => ({ day, letters: days.get(day)! }));
  if (days.has(null)) groups.push({ day: null, letters: days.get(null)! });
  return groups;
}
