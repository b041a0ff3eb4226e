import type { ResolvedRecipient, ResolvedSender } from './letter-parties.ts';
import type { FoundLetterReference } from './find-letter-references.ts';
import type { LetterReference } from '../../schema/letter.ts';
import type { Apparatus } from '../../schema/apparatus.ts';

/** What kind of problem a warning reports (the report and the evaluation contract use these names). */
export type WarningKind = 'no-date' | 'unknown-sender' | 'ambiguous-date' | 'unknown-symbol' | 'encoding' | 'hand-edited';

/** A warning about one line of a source. */
export interface IngestWarning {
  line: number;
  kind: WarningKind;
  message: string;
}

/** One letter read from a source, before it is written: the contract's fields, the frontmatter's material and the MDX body. */
export interface DraftLetter {
  id: string;
  title: string;
  kind: 'letter' | 'note-verbale';
  date: string | null;
  dateLine: string | null;
  place: string | null;
  /** The symbol of the UN document that carries the letter (S/2010/24), or null. */
  symbol: string | null;
  senders: ResolvedSender[];
  recipients: ResolvedRecipient[];
  /** First and last line in the source (1-based, inclusive). */
  lines: [number, number];
  /** The letter's lines as read, which its body must show word for word (a flattened source's, with line breaks restored). */
  sourceText: string;
  /** What the printed document says around the letter (masthead, title, furniture), or null when nothing. */
  apparatus: Apparatus | null;
  enclosedIn: string | null;
  encloses: string[];
  /** Canonical symbols, person ids, organisation ids and ISO dates, in order of first mention. */
  documents: string[];
  people: string[];
  /** Person ids named in the running text (salutation to closing formula): what the contract reports. */
  namedPeople: string[];
  organisations: string[];
  dates: string[];
  body: string;
  warnings: IngestWarning[];
  /** The other letters it refers to, resolved when exactly one known letter matches (the frontmatter's refersTo). */
  refersTo: LetterReference[];
  /** The references as found in its text, before resolving. */
  found: FoundLetterReference[];
}
