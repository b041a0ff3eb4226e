import { extractMarks } from './extract-marks.ts';
import type { EntityContext } from './find-entities.ts';
import { lineOfOffset, lineStartsOf } from './flat-text.ts';
import { authorRole, resolveRecipients, resolveSenders } from './letter-parties.ts';
import { composeLetterId, composeTitle } from './letter-title.ts';
import { NOISE_LINE } from './patterns.ts';
import { readHeader, type NumberedLine } from './read-header.ts';
import { closingLine, readAddressBlock, readSignatures, readToLines } from './read-signature.ts';
import { segmentLetters } from './segment.ts';
import { writeMdx } from './write-mdx.ts';
import type { DraftLetter, IngestWarning } from './types.ts';

/** What ingesting one source needs: the entity context and a way to claim letter ids. */
export interface SourceContext extends EntityContext {
  /** Claims a free id based on the proposal (the proposal itself, or with -2, -3... appended). */
  claimLetterId: (proposal: string) => string;
}

/** Reads one plain-text source (already decoded, LF line ends) into its letters, each with MDX and the contract's fields. */
export function ingestSource(text: string, context: SourceContext): { letters: DraftLetter[]; warnings: IngestWarning[] } {
  const lines = text.split('\n');
  const segments = segmentLetters(lines);
  const letters: DraftLetter[] = [];
  const warnings: IngestWarning[] = [];
  for (const segment of segments) {
    const numbered: NumberedLine[] = lines.slice(segment.first - 1, segment.last).map((t, i) => ({ n: segment.first + i, text: t }));
    const header = readHeader(numbered);
    const senders = resolveSenders(readSignatures(numbered), header, context);
    const closing = closingLine(numbered);
    // Address blocks stand above the salutation or below the signature, never in the running text.
    const addressLines = numbered.filter((l) => l.n < header.bodyStartLine || (closing !== null && l.n > closing));
    const recipients = resolveRecipients(readToLines(numbered), readAddressBlock(addressLines), header, context);
    const segmentText = numbered.map((l) => l.text).join('\n');
    // Masthead and print-shop lines are blanked (same length) so that nothing in them is read as a citation or a date.
    const analysed = numbered.map((l) => (header.mastheadLines.has(l.n) || NOISE_LINE.test(l.text) ? ' '.repeat(l.text.length) : l.text)).join('\n');
    const signatories = senders.filter((s) => s.person && s.name).map((s) => ({ id: s.person!, name: s.name! }));
    const extraction = extractMarks(analysed, context, signatories, new Set(header.symbol ? [header.symbol] : []));
    const starts = lineStartsOf(segmentText);
    const lineAt = (offset: number) => segment.first + lineOfOffset(starts, offset) - 1;
    const letterWarnings: IngestWarning[] = [
      ...header.warnings,
      ...extraction.warnings.map((w) => ({ line: lineAt(w.offset), kind: w.kind, message: w.message })),
    ];
    const runningEnd = closing ?? segment.last;
    const namedPeople = [...new Set(extraction.marks.filter((m) => m.tag === 'PersonRef' && lineAt(m.start) >= header.bodyStartLine && lineAt(m.start) <= runningEnd).map((m) => m.value))];
    const cover = segment.enclosedIn === null ? null : letters[segment.enclosedIn];
    const kind = header.noteVerbale ? 'note-verbale' : segment.heading && !header.title && !senders.length ? 'annex' : 'letter';
    // An annex that is not a letter (a report, a statement) is placed at its cover letter's date and needs no sender.
    if (!header.date && kind !== 'annex') letterWarnings.push({ line: segment.first, kind: 'no-date', message: 'no date found for this letter' });
    if (!senders.length && kind !== 'annex') letterWarnings.push({ line: segment.first, kind: 'unknown-sender', message: 'no signature, letterhead or title names the sender' });
    const title = kind === 'annex' && cover ? `${segment.heading} to the ${lowerFirst(cover.title)}` : header.title ?? composeTitle(kind, header.date, senders, recipients, authorRole(header));
    const id = context.claimLetterId(kind === 'annex' && cover && !header.date ? `${cover.id}-${slugHeading(segment.heading)}` : composeLetterId(header.date, senders, header.symbol, authorRole(header)));
    letters.push({
      id, title, kind, date: header.date, dateLine: header.dateLine, place: header.place, symbol: header.symbol,
      senders, recipients, lines: [segment.first, segment.last],
      enclosedIn: cover?.id ?? null, encloses: [],
      documents: extraction.documents, people: extraction.people, namedPeople, organisations: extraction.organisations, dates: extraction.dates,
      body: writeMdx(segmentText, extraction.marks), warnings: letterWarnings,
    });
    if (cover) cover.encloses.push(id);
    warnings.push(...letterWarnings);
  }
  return { letters, warnings };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function slugHeading(heading: string | null): string {
  return (heading ?? 'annex').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'annex';
}
