import type { NumberedLine } from './read-header.ts';
import { CLOSING, HONORIFIC, NOISE_LINE, ROLE_WORDS, SIGNED, TO_LINE } from './patterns.ts';

/** A signatory as signed: the name (null when only a role is given) and the role lines joined. */
export interface Signatory {
  name: string | null;
  role: string | null;
  line: number;
}

const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|binti|al|el|y|e|ibn|ben|zu)`;
const NAME = new RegExp(String.raw`^(?:${HONORIFIC}\s+)*(${NAME_WORD}(?:\s+(?:${NAME_WORD}|${PARTICLE})){1,5})$`, 'u');
const ON_BEHALF = /^(.+?)\s+(on\s+behalf\s+of\s+.+)$/i;

/** Reads a signature line as a person's name ("H.E. Mr. Mogens Lykketoft" -> "Mogens Lykketoft"); null when it is not one. */
export function readPersonName(text: string): string | null {
  const trimmed = text.trim().replace(/[,.;]$/, '');
  if (trimmed.length > 60 || ROLE_WORDS.test(trimmed.replace(new RegExp(`^(?:${HONORIFIC}\\s+)+`, 'u'), ''))) return null;
  // "KOFI A. ANNAN" and the UN's "BAN Ki-moon" (family name in capitals) are written "Kofi A. Annan", "Ban Ki-moon".
  const cased = /^[\p{Lu}\s.'’-]+$/u.test(trimmed) ? titleCase(trimmed) : trimmed.replace(/\b\p{Lu}{2,}\b/gu, (word) => titleCase(word));
  const match = NAME.exec(cased);
  return match ? match[1]!.replace(/\s+/g, ' ') : null;
}

/** "KOFI A. ANNAN" -> "Kofi A. Annan". */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Reads the signature block after the closing formula (or a "(Signed)" line): the signatory's name, then
 * the role over the following lines, up to an addressee line ("To: ...") or the print-shop lines.
 */
export function readSignatures(lines: readonly NumberedLine[]): Signatory[] {
  let closing = -1;
  lines.forEach((l, i) => {
    if (CLOSING.test(l.text) || SIGNED.test(l.text)) closing = SIGNED.test(l.text) ? i - 1 : i;
  });
  if (closing < 0) return [];
  const block: NumberedLine[] = [];
  for (const line of lines.slice(closing + 1)) {
    const text = line.text.trim();
    if (!text) continue;
    // Prose after the signature (a campaign's strapline, the next paragraph) ends the block.
    if (TO_LINE.test(text) || NOISE_LINE.test(text) || text.length > 160 || (/[.!?]$/.test(text) && text.split(/\s+/).length > 8)) break;
    block.push(line);
  }
  return parseBlock(block);
}

function parseBlock(block: readonly NumberedLine[]): Signatory[] {
  const signatories: Signatory[] = [];
  let current: Signatory | null = null;
  const behalf = block.findIndex((l) => ON_BEHALF.test(l.text) && readPersonName(ON_BEHALF.exec(l.text.trim())![1]!));
  for (const [index, line] of block.entries()) {
    if (behalf >= 0 && index < behalf) continue; // a scribbled signature above "Name on behalf of ..."
    const text = (SIGNED.exec(line.text)?.[1] ?? line.text).trim().replace(/\s*_{3,}$/, '').replace(/,$/, '');
    const behalfMatch = ON_BEHALF.exec(text);
    const name = readPersonName(behalfMatch ? behalfMatch[1]! : text);
    if (name) {
      current = { name, role: behalfMatch ? behalfMatch[2]! : null, line: line.n };
      signatories.push(current);
    } else if (current) {
      current.role = current.role ? `${current.role} ${text}` : text;
    } else {
      current = { name: null, role: text, line: line.n };
      signatories.push(current);
    }
  }
  return signatories;
}

/** The addressees written as "To: All Permanent Representatives ..." lines, each joined with its continuation lines. */
export function readToLines(lines: readonly NumberedLine[]): string[] {
  const recipients: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = TO_LINE.exec(lines[i]!.text);
    if (!match) continue;
    let text = match[1]!.trim();
    // An addressee runs over a line or two; a place ("New York") or prose ends it.
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const next = lines[j]!.text.trim();
      if (!next || /^(?:New York|Geneva|Vienna|Nairobi)$/i.test(next) || NOISE_LINE.test(next) || next.length > 80 || /[.!?]$/.test(next)) break;
      text += ` ${next}`;
    }
    recipients.push(text.replace(/\s+/g, ' ').replace(/[,.;]$/, ''));
  }
  return recipients;
}
