import { stringify } from 'yaml';
import type { DraftLetter } from './types.ts';
import { isSingleOffice } from '../model/roles.ts';

/** A fast, stable 53-bit hash as hex (cyrb53): fingerprints generated files, not a security measure. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** How an undated letter is placed in time: the cover letter's date, else the latest full date it names. */
export function estimateDate(letter: DraftLetter, coverDate: string | null): { estimate: string; note: string } | null {
  if (coverDate) return { estimate: coverDate, note: 'Undated; placed at the date of the letter that encloses it.' };
  const latest = [...letter.dates].sort().at(-1);
  return latest ? { estimate: latest, note: 'Undated; placed at the latest date it names.' } : null;
}

/**
 * The frontmatter the ingest writes for a letter (validated against the letter schema before writing). `added` is
 * the day the letter entered the archive: the day of the first ingest, kept by every later one; omitted when null.
 */
export function letterFrontmatter(letter: DraftLetter, sourceFile: string, estimate: { estimate: string; note: string } | null, added: string | null = null): Record<string, unknown> {
  return {
    title: letter.title,
    kind: letter.kind,
    date: letter.date,
    ...(letter.date ? {} : { dateEstimate: estimate?.estimate ?? null, dateNote: estimate?.note ?? null }),
    dateLine: letter.dateLine,
    place: letter.place,
    symbol: letter.symbol,
    ...(letter.apparatus ? { apparatus: letter.apparatus } : {}),
    senders: letter.senders.map((s) => ({ person: s.person, name: s.person ? null : s.name, role: s.role, organisation: s.organisation })),
    // An office addressed ("the President of the Security Council") is a role, which the build attributes to its holder.
    recipients: letter.recipients.map((r) => (r.person ? { person: r.person } : isSingleOffice(r.text) ? { role: r.text } : { group: r.text })),
    encloses: letter.encloses,
    enclosedIn: letter.enclosedIn,
    ...(letter.refersTo.length ? { refersTo: letter.refersTo } : {}),
    source: { file: sourceFile, lines: letter.lines },
    reviewed: false,
    ...(added ? { added } : {}),
  };
}

/** The day of addition a letter file records (its frontmatter's `added: YYYY-MM-DD`), or null when it has none. */
export function recordedAddition(fileText: string): string | null {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
  return /^added: ["']?(\d{4}-\d{2}-\d{2})["']?[ \t]*$/m.exec(frontmatter)?.[1] ?? null;
}

/** The MDX file for a letter: frontmatter, the fingerprint of everything else, then the body. */
export function letterFileText(frontmatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const digest = fingerprint(`${yaml}\n${body}`);
  return `---\n${yaml}ingestDigest: "${digest}"\n---\n\n${body}`;
}

/** True when a letter file is exactly as the ingest wrote it (its fingerprint still matches its content). */
export function isUntouched(fileText: string): boolean {
  const match = /^---\n([\s\S]*?)ingestDigest: "([0-9a-f]+)"\n---\n\n([\s\S]*)$/.exec(fileText);
  return match !== null && fingerprint(`${match[1]}\n${match[3]}`) === match[2];
}
