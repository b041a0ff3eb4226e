import { sessionForDate } from '../model/sessions.ts';
import type { DocumentSymbol } from '../../schema/symbols.ts';

/** The first year of the United Nations' documents. */
const FIRST_YEAR = 1946;
/** Resolutions and decisions of one General Assembly session (31st on) are numbered below this. */
const GA_NUMBERS = 1000;
/** Resolutions of sessions 1-30 were numbered in one series, which ended below this (3541 in 1975). */
const OLD_GA_NUMBERS = 4000;

/**
 * True when a document with this symbol could exist on `today` (ISO date): a General Assembly session
 * already opened and a number below 1000 (4000 for sessions 1-30), a Security Council year from 1946 to this year, any year an
 * other symbol names in that range. An impossible one ("99/9999", "S/RES/99999 (2099)") is searched as words.
 */
export function isPlausibleSymbol(parsed: DocumentSymbol, today: string): boolean {
  const thisYear = Number(today.slice(0, 4));
  const inYears = (year: number) => year >= FIRST_YEAR && year <= thisYear;
  switch (parsed.kind) {
    case 'ga-resolution':
    case 'ga-decision':
      return (parsed.session ?? 0) <= sessionForDate(today) && Number(parsed.number) < ((parsed.session ?? 0) <= 30 ? OLD_GA_NUMBERS : GA_NUMBERS);
    case 'sc-resolution':
      return inYears(parsed.year ?? 0) && Number(parsed.number) > 0;
    default: {
      // A resolution or decision symbol the grammar did not read as one ("S/RES/99999(2099)") is no document.
      if (/^[AS]\/(?:RES|DEC)\//.test(parsed.symbol)) return false;
      const years = [...parsed.symbol.matchAll(/(?:^|[/(])(\d{4})(?=[/)]|$)/g)].map((m) => Number(m[1]));
      return years.every(inYears);
    }
  }
}
