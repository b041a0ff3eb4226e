import { extractMarks } from './extract-marks.ts';
import { peopleNamedInFull, type EntityContext, type PersonToAdd } from './find-entities.ts';
import { flattenText, lineOfOffset, lineStartsOf } from './flat-text.ts';
import { authorRole, resolveRecipients, resolveSenders } from './letter-parties.ts';
import { composeLetterId, composeTitle } from './letter-title.ts';
import { NOISE_LINE } from './patterns.ts';
import { readHeader, type NumberedLine } from './read-header.ts';
import { readApparatus } from './read-apparatus.ts';
import { restoreLines, type RestoredLines } from './restore-lines.ts';
import { familyNameFirst } from '../model/person-names.ts';
import { closingLine, normalisePersonName, readAddressBlock, readSignatures, readToLines } from './read-signature.ts';
import { segmentLetters, type Segment } from './segment.ts';
import { findLetterReferences, resolveReferences } from './find-letter-references.ts';
import { keysWithRoles, type MatchLetter } from '../model/letter-matching.ts';
import type { DatedRole } from '../model/roles.ts';
import { writeMdx } from './write-mdx.ts';
import type { DraftLetter, IngestWarning } from './types.ts';

/** What ingesting one source needs: the entity context and a way to claim letter ids. */
export interface SourceContext extends EntityContext {
  /** Claims a free id based on the proposal (the proposal itself, or with -2, -3... appended). */
  claimLetterId: (proposal: string) => string;
  /** The letters already in the archive, for resolving references to other letters; none when not given. */
  knownLetters?: () => readonly MatchLetter[];
  /** The roles a person of the archive held (their file's and the register's), to tell letters of one day apart. */
  rolesOf?: (person: string) => readonly DatedRole[] | undefined;
}

/**
 * Reads one plain-text source (already decoded, LF line ends) into its letters, each with MDX and the contract's fields.
 * A source flattened into very long lines is read with its line breaks restored; lines and warnings still name the source's lines.
 */
export function ingestSource(source: string, context: SourceContext): { letters: DraftLetter[]; warnings: IngestWarning[] } {
  return ingestRestored(restoreLines(source), context);
}

/** ingestSource of a source whose line breaks are already restored (restoreLines), as a batch's first reading leaves it. */
export function ingestRestored(restored: RestoredLines, context: SourceContext): { letters: DraftLetter[]; warnings: IngestWarning[] } {
  const sourceLineOf = (line: number) => restored.sourceLine[line - 1] ?? line;
  const lines = restored.text.split('\n');
  const segments = foldNonLetters(segmentLetters(lines), lines);
  // The symbols the document's masthead prints: repeated at the top of every page, also under its annexes.
  const documentSymbols = segments.length ? readHeader(numberedLines(lines, segments[0]!)).jointSymbols : [];
  const letters: DraftLetter[] = [];
  const warnings: IngestWarning[] = [];
  for (const segment of segments) {
    const numbered = numberedLines(lines, segment);
    const header = readHeader(numbered.slice(segment.headingLines));
    const headingLines = new Set(numbered.slice(0, segment.headingLines).map((l) => l.n));
    const { apparatus, omitted } = readApparatus(numbered, header, { headingLines, documentSymbols });
    // The letter's own lines: an annex folded into it (a memorandum, a record) has signatories of its own.
    const own = numbered.filter((l) => !segment.folded.some(([from, to]) => l.n >= from && l.n <= to));
    const closing = closingLine(own);
    // Address blocks stand above the salutation or below the signature, never in the running text.
    const signatures = readSignatures(own);
    const signatoryNames = signatures.map((s) => s.name).filter((n): n is string => n !== null);
    const addressLines = own.filter((l) => (l.n < header.bodyStartLine || (closing !== null && l.n > closing)) && !signatoryNames.some((n) => l.text.includes(n)));
    const recipients = resolveRecipients(readToLines(own), readAddressBlock(addressLines), header, context);
    const senders = resolveSenders(signatures, header, context);
    const segmentText = numbered.map((l) => l.text).join('\n');
    // Masthead and print-shop lines are blanked (same length) so that nothing in them is read as a citation or a date.
    // The annex heading ("Annex to the letter dated 18 March 2016") speaks of the cover letter, not of this one.
    const isHeading = (l: NumberedLine) => l.n < segment.first + segment.headingLines;
    const unsearched = (l: NumberedLine) => header.mastheadLines.has(l.n) || NOISE_LINE.test(l.text) || isHeading(l);
    const analysed = numbered.map((l) => (unsearched(l) ? ' '.repeat(l.text.length) : l.text)).join('\n');
    const signatories = senders.filter((s) => s.person && s.name).map((s) => ({ id: s.person!, name: s.name! }));
    const extraction = extractMarks(analysed, context, signatories, new Set(header.jointSymbols));
    const starts = lineStartsOf(segmentText);
    const lineAt = (offset: number) => segment.first + lineOfOffset(starts, offset) - 1;
    // The body shows neither the apparatus nor a signatory's own name as a mention: "Named in" lists what the text names.
    const signatureLines = new Set(signatures.map((s) => s.line));
    const shown = extraction.marks.filter((m) => !omitted.has(lineAt(m.start)) && !(m.tag === 'PersonRef' && signatureLines.has(lineAt(m.start))));
    const bodyText = numbered.filter((l) => !omitted.has(l.n)).map((l) => l.text).join('\n');
    const letterWarnings: IngestWarning[] = [
      ...header.warnings,
      ...extraction.warnings.map((w) => ({ line: lineAt(w.offset), kind: w.kind, message: w.message })),
    ];
    const runningEnd = closing ?? segment.last;
    const running = (line: number) => (line >= header.bodyStartLine && line <= runningEnd) || segment.folded.some(([from, to]) => line >= from && line <= to);
    const namedPeople = [...new Set(extraction.marks.filter((m) => m.tag === 'PersonRef' && running(lineAt(m.start))).map((m) => m.value))];
    const letterReferences = findLetterReferences(analysed).filter((r) => running(lineAt(r.start)));
    const cover = segment.enclosedIn === null ? null : letters[segment.enclosedIn];
    const kind = header.noteVerbale ? 'note-verbale' : 'letter';
    // Warned where an editor looks first: a missing date on the letter's first line of text, a missing signature on its last.
    const textLines = numbered.filter((l) => l.text.trim() && !isHeading(l));
    const ambiguous = header.warnings.some((w) => w.kind === 'ambiguous-date');
    if (!header.date && !ambiguous) letterWarnings.push({ line: textLines[0]?.n ?? segment.first, kind: 'no-date', message: 'no date found for this letter' });
    if (!senders.length) letterWarnings.push({ line: textLines.at(-1)?.n ?? segment.last, kind: 'unknown-sender', message: 'no signature or note verbale names the sender' });
    const title = header.title ?? composeTitle(kind, header.date, senders, recipients, authorRole(header));
    const id = context.claimLetterId(composeLetterId(header.date, senders, header.symbol, authorRole(header), (id) => context.familyName?.(id) ?? null));
    letters.push({
      id, title, kind, date: header.date, dateLine: header.dateLine, place: header.place, symbol: header.symbol,
      senders, recipients, lines: [sourceLineOf(segment.first), sourceLineOf(segment.last)], sourceText: bodyText,
      apparatus: apparatus && { ...apparatus, lines: apparatus.lines.map((l) => ({ ...l, line: sourceLineOf(l.line) })) },
      enclosedIn: cover?.id ?? null, encloses: [],
      documents: extraction.documents, people: extraction.people, namedPeople, organisations: extraction.organisations, dates: extraction.dates,
      body: writeMdx(segmentText, shown, new Set([...omitted].map((n) => n - segment.first))), warnings: letterWarnings.map((w) => ({ ...w, line: sourceLineOf(w.line) })),
      refersTo: [], found: letterReferences,
    });
    if (cover) cover.encloses.push(id);
    const mapped = letters.at(-1)!.warnings;
    warnings.push(...mapped.filter((w, i) => mapped.findIndex((o) => o.line === w.line && o.kind === w.kind) === i));
  }
  // Resolved once the source's letters all stand, so that a cover letter finds what it encloses.
  // A source ingested again replaces its letters of the archive: one entry per id, this reading's last.
  // The list of every letter known is built only for a source that refers to one: built for each source, it made a
  // batch's time grow with the square of its size (a letter that refers to none keeps refersTo: []).
  if (letters.some((l) => l.found.length)) {
    const known = [...new Map([...(context.knownLetters?.() ?? []), ...letters.map(asMatchLetter)].map((l) => [l.id, l])).values()];
    const keysOf = keysWithRoles((person) => context.rolesOf?.(person));
    for (const letter of letters) letter.refersTo = resolveReferences(letter.found, asMatchLetter(letter), known, keysOf);
  }
  return { letters, warnings };
}

/** A draft letter as reference matching reads it. */
export function asMatchLetter(letter: DraftLetter): MatchLetter {
  return { ...letter, recipients: letter.recipients.map((r) => ({ person: r.person, group: r.text })) };
}

/**
 * A batch's first reading of a source: makes known its signatories and the people it names in full
 * after an honorific, so that no letter's links depend on the order in which files are read.
 */
export function discoverEntities(source: string, context: EntityContext): void {
  const found: PersonToAdd[] = [];
  try {
    findPeopleToAdd(restoreLines(source).text, found);
  } finally {
    for (const [name, familyName] of found) context.addPerson(name, familyName);
  }
}

/**
 * What discoverEntities makes known of a source whose line breaks are restored, pushed onto `found` in its order
 * (those found before an error stay). Pure: it consults no context, so that it runs on a worker thread.
 */
export function findPeopleToAdd(text: string, found: PersonToAdd[]): void {
  const lines = text.split('\n');
  for (const segment of segmentLetters(lines)) {
    const numbered = lines.slice(segment.first - 1, segment.last).map((t, i) => ({ n: segment.first + i, text: t }));
    for (const signatory of readSignatures(numbered)) if (signatory.name) found.push([normalisePersonName(signatory.name), familyNameFirst(signatory.name)]);
  }
  found.push(...peopleNamedInFull(flattenText(text).text));
}

/** A segment's lines with their numbers. */
function numberedLines(lines: readonly string[], segment: Segment): NumberedLine[] {
  return lines.slice(segment.first - 1, segment.last).map((t, i) => ({ n: segment.first + i, text: t }));
}

/** A letter's lines, with the annexes that are not letters folded into it. */
interface FoldedSegment extends Segment {
  /** Line ranges of the annexes folded in, which count as running text. */
  folded: Array<[number, number]>;
}

/**
 * An annex or enclosure that is not itself a letter (a report, a communiqué: no title, salutation,
 * closing formula or note verbale) is part of the letter before it: its text is shown, and its
 * citations, people and dates counted, on that letter's page.
 */
function foldNonLetters(segments: Segment[], lines: readonly string[]): FoldedSegment[] {
  const kept: FoldedSegment[] = [];
  const newIndex = new Map<number, number>();
  segments.forEach((segment, index) => {
    const numbered = numberedLines(lines, segment);
    const header = segment.heading === null ? null : readHeader(numbered.slice(segment.headingLines));
    const isLetter = !header || header.title || header.salutation || header.noteVerbale || closingLine(numbered) !== null;
    if (!isLetter && kept.length) {
      kept[kept.length - 1]!.last = segment.last;
      kept[kept.length - 1]!.folded.push([segment.first, segment.last]);
      newIndex.set(index, kept.length - 1);
      return;
    }
    newIndex.set(index, kept.length);
    kept.push({ ...segment, folded: [], enclosedIn: segment.enclosedIn === null ? null : (newIndex.get(segment.enclosedIn) ?? 0) });
  });
  return kept;
}
