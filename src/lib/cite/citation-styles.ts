import { formatDate, MONTH_NAMES, splitIsoDate } from '../model/dates.ts';
import { ARCHIVE_NAME, GENRE_NAMES, splitName, type CitedParty, type LetterReference } from './letter-reference.ts';

/** The citation styles the archive writes out. */
export type CitationStyle = 'chicago' | 'apa' | 'bluebook' | 'oscola';

/** One ready-to-paste citation of a letter. */
export interface Citation {
  style: CitationStyle;
  /** The style's name as a reader knows it ("Chicago (17th ed.)"). */
  label: string;
  text: string;
}

const BLUEBOOK_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "December 11, 2015", as American styles write a date. */
export function monthDayYear(iso: string): string {
  const { year, month, day } = splitIsoDate(iso);
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

/** "Dec. 11, 2015", as the Bluebook abbreviates a date. */
export function bluebookDate(iso: string): string {
  const { year, month, day } = splitIsoDate(iso);
  return `${BLUEBOOK_MONTHS[month - 1]} ${day}, ${year}`;
}

/** Ends a piece of a citation with a full stop, unless it already ends with one. */
function closed(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Names in running order: "A", "A and B", "A, B and C" (with `oxford`, "A, B, and C"). */
function listNames(names: string[], conjunction: string, oxford: boolean): string {
  if (names.length < 3) return names.join(` ${conjunction} `);
  return `${names.slice(0, -1).join(', ')}${oxford ? ',' : ''} ${conjunction} ${names.at(-1)}`;
}

const natural = (authors: CitedParty[], oxford: boolean) => listNames(authors.map((a) => a.name), 'and', oxford);

function chicagoAuthors(authors: CitedParty[]): string {
  const names = authors.map((a, i) => (i === 0 && a.kind === 'person' ? inverted(a) : a.name));
  return names.length === 2 ? `${names[0]}, and ${names[1]}` : listNames(names, 'and', true);
}

// A name that puts the family name first ("Ban Ki-moon") is already in the order of a bibliography, and takes no comma.
function inverted(party: CitedParty): string {
  const { given, family, familyFirst } = splitName(party.name, party.familyName ?? null);
  if (familyFirst) return `${family} ${given}`;
  return given ? `${family}, ${given}` : family;
}

function apaAuthor(party: CitedParty): string {
  if (party.kind === 'body') return party.name;
  const { given, family } = splitName(party.name, party.familyName ?? null);
  const initials = given.split(/\s+/).filter(Boolean).map((g) => g.split('-').map((part) => `${part[0]}.`).join('-'));
  return initials.length ? `${family}, ${initials.join(' ')}` : family;
}

function apaAuthors(authors: CitedParty[]): string {
  const names = authors.map(apaAuthor);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** The year of an undated letter's estimate, as "[ca. 2017]" says it. */
const estimatedYear = (ref: LetterReference) => (ref.dateEstimate ? ref.dateEstimate.slice(0, 4) : null);

/** Chicago (17th ed.), bibliography entry: Lucas, Sylvie. “Title.” Letter, December 11, 2015. UN Letters Archive. URL. */
export function chicagoCitation(ref: LetterReference): string {
  const when = ref.date ? monthDayYear(ref.date) : `n.d.${estimatedYear(ref) ? ` [ca. ${estimatedYear(ref)}]` : ''}`;
  const parts = [
    ref.authors.length ? closed(chicagoAuthors(ref.authors)) : null,
    `“${closed(ref.title)}”`,
    `${GENRE_NAMES[ref.kind]}, ${when}.`,
    ref.symbol ? `UN Doc. ${ref.symbol}.` : null,
    `${ARCHIVE_NAME}.`,
    `${ref.url}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** APA (7th ed.): Lucas, S. (2015, December 11). Title (symbol) [Letter]. UN Letters Archive. URL */
export function apaCitation(ref: LetterReference): string {
  const when = ref.date ? `${ref.date.slice(0, 4)}, ${MONTH_NAMES[splitIsoDate(ref.date).month - 1]} ${splitIsoDate(ref.date).day}` : 'n.d.';
  const work = `${ref.title}${ref.symbol ? ` (${ref.symbol})` : ''} [${GENRE_NAMES[ref.kind]}]`;
  const lead = ref.authors.length ? `${closed(apaAuthors(ref.authors))} (${when}). ${closed(work)}` : `${closed(work)} (${when}).`;
  return `${lead} ${ARCHIVE_NAME}. ${ref.url}`;
}

/** The Bluebook (21st ed.), as for U.N. documents: Sylvie Lucas, Title, U.N. Doc. symbol (Dec. 11, 2015), URL. */
export function bluebookCitation(ref: LetterReference): string {
  const who = ref.authors.length ? `${natural(ref.authors, true)}, ` : '';
  const when = ref.date ? bluebookDate(ref.date) : 'undated';
  return `${who}${ref.title}${ref.symbol ? `, U.N. Doc. ${ref.symbol}` : ''} (${when}), ${ref.url}.`;
}

/** OSCOLA (4th ed.), as for UN documents: Sylvie Lucas, 'Title' (11 December 2015) UN Doc symbol <URL>. */
export function oscolaCitation(ref: LetterReference): string {
  const who = ref.authors.length ? `${natural(ref.authors, false)}, ` : '';
  const when = ref.date ? formatDate(ref.date) : 'undated';
  return `${who}'${ref.title}' (${when})${ref.symbol ? ` UN Doc ${ref.symbol}` : ''} <${ref.url}>`;
}

/** Every style's citation of a letter, in the order the page shows them. */
export function letterCitations(ref: LetterReference): Citation[] {
  return [
    { style: 'chicago', label: 'Chicago (17th ed.)', text: chicagoCitation(ref) },
    { style: 'apa', label: 'APA (7th ed.)', text: apaCitation(ref) },
    { style: 'bluebook', label: 'Bluebook (21st ed.)', text: bluebookCitation(ref) },
    { style: 'oscola', label: 'OSCOLA (4th ed.)', text: oscolaCitation(ref) },
  ];
}

/**
 * A citation of one paragraph, as a Chicago note with the paragraph as pinpoint and its anchor in the
 * address: Sylvie Lucas, “Title,” letter, December 11, 2015, para. 3, URL#p3. `paragraph` may be a
 * placeholder ("{n}") that the page's script replaces.
 */
export function paragraphCitation(ref: LetterReference, paragraph: number | string): string {
  const who = ref.authors.length ? `${natural(ref.authors, true)}, ` : '';
  const title = /[.!?]$/.test(ref.title) ? ref.title : `${ref.title},`;
  const when = ref.date ? monthDayYear(ref.date) : 'n.d.';
  const symbol = ref.symbol ? `, UN Doc. ${ref.symbol}` : '';
  return `${who}“${title}” ${GENRE_NAMES[ref.kind].toLowerCase()}, ${when}${symbol}, para. ${paragraph}, ${ref.url}#p${paragraph}.`;
}
