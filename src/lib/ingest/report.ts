import type { DraftLetter, IngestWarning } from './types.ts';

/** What became of a letter's file: written new, rewritten, left as it was, or kept because an editor changed it. */
export type WriteStatus = 'new' | 'updated' | 'unchanged' | 'kept (edited by hand; --force overwrites)' | 'not written (dry run)';

/** The report's line for one letter: id, date, sender and counts of mentions. */
export function reportLine(letter: DraftLetter, status: WriteStatus): string {
  const sender = letter.senders.map((s) => s.name ?? s.role).join('; ') || 'sender unknown';
  const counts = `${letter.documents.length} documents, ${letter.people.length} people, ${letter.organisations.length} organisations, ${letter.dates.length} dates`;
  return `${letter.id}  ${letter.date ?? 'undated'}  ${sender}  ${counts}  [${status}]`;
}

/** The report's line for a warning, naming the file and line. */
export function warningLine(file: string, warning: IngestWarning): string {
  return `${file}:${warning.line}: warning (${warning.kind}): ${warning.message}`;
}
