import type { NumberedLine } from './read-header.ts';
import { isDateLine } from './segment.ts';
import { CLOSING, HONORIFIC, NOISE_LINE, ROLE_WORDS, SALUTATION, SIGNED, TO_LINE } from './patterns.ts';

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
  const trimmed = text.trim().replace(/[,;]$/, '');
  if (trimmed.length > 60 || ROLE_WORDS.test(trimmed.replace(new RegExp(`^(?:${HONORIFIC}\\s+)+`, 'u'), ''))) return null;
  // Read in title case so that "KOFI A. ANNAN" and "BAN Ki-moon" are seen as names; returned as written.
  const match = NAME.exec(normalisePersonName(trimmed));
  if (!match) return null;
  const words = match[1]!.split(/\s+/).length;
  return trimmed.split(/\s+/).slice(-words).join(' ');
}

/** A name as the archive files it: "KOFI A. ANNAN" -> "Kofi A. Annan", the UN's "BAN Ki-moon" -> "Ban Ki-moon". */
export function normalisePersonName(name: string): string {
  return /^[\p{Lu}\s.'’-]+$/u.test(name) ? titleCase(name) : name.replace(/\b\p{Lu}{2,}\b/gu, (word) => titleCase(word));
}

/** "KOFI A. ANNAN" -> "Kofi A. Annan". */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The line of the closing formula ("Please accept ... consideration.", "Yours sincerely,"), or the line before "(Signed)"; null when none. */
export function closingLine(lines: readonly NumberedLine[]): number | null {
  let closing: number | null = null;
  // Several "(Signed)" lines with only their roles between them (identical letters signed by several representatives) close at the first.
  let lastSigned = -Infinity;
  for (const [i, l] of lines.entries()) {
    if (SIGNED.test(l.text)) {
      const rolesOnly = lines.slice(Math.max(0, lastSigned + 1), i).every((o) => o.text.trim().length <= 100 && !/[.!?]$/.test(o.text.trim()));
      if (!(i - lastSigned <= 6 && rolesOnly)) closing = lines[i - 1]?.n ?? l.n;
      lastSigned = i;
    } else if (CLOSING.test(l.text)) closing = l.n;
  }
  return closing;
}

const ADDRESS_START = new RegExp(String.raw`^(?:(?:His|Her|Your)\s+Excellency|H\.\s?E\.|(?:Mr|Mrs|Ms|Mme|Dr)\.?\s)`, 'u');

/** The blocks of non-blank lines after the closing formula, up to an addressee line, print-shop lines or prose. */
function signatureBlocks(lines: readonly NumberedLine[]): NumberedLine[][] {
  const closing = closingLine(lines);
  if (closing === null) return [];
  const blocks: NumberedLine[][] = [];
  let current: NumberedLine[] = [];
  for (const line of lines.filter((l) => l.n > closing)) {
    const text = line.text.trim();
    if (!text) {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    // Prose after the signature (a campaign's strapline, the next paragraph) ends the signature.
    if (TO_LINE.test(text) || NOISE_LINE.test(text) || isDateLine(text) || text.length > 160 || (/[.!?]$/.test(text) && text.split(/\s+/).length > 8)) break;
    // Each "(Signed)" opens a signatory's block, blank line or not.
    if (SIGNED.test(text) && current.length) {
      blocks.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** One signature block read as a signatory: the name line (or "Name, Role" on one line), then the role lines. */
function readBlock(block: readonly NumberedLine[]): Signatory {
  const first = (SIGNED.exec(block[0]!.text)?.[1] ?? block[0]!.text).trim().replace(/\s*_{3,}$/, '');
  const rest = block.slice(1).map((l) => l.text.trim().replace(/\s*_{3,}$/, '')).filter(Boolean);
  const behalf = ON_BEHALF.exec(first);
  const comma = first.indexOf(',');
  const [nameText, inlineRole] = behalf && readPersonName(behalf[1]!) ? [behalf[1]!, behalf[2]!]
    : comma > 0 && readPersonName(first.slice(0, comma)) ? [first.slice(0, comma), first.slice(comma + 1).trim()]
    : [first.replace(/,$/, ''), null];
  const name = readPersonName(nameText);
  const roleLines = [...(name ? [] : [first]), ...(inlineRole ? [inlineRole] : []), ...rest];
  return { name, role: roleLines.length ? roleLines.join(' ').replace(/\s+/g, ' ') : null, line: block[0]!.n };
}

/**
 * Reads the signatories after the closing formula (or "(Signed)"): each block of lines separated by a
 * blank line that starts with a name is a signatory, its other lines the role. A block that is not
 * name-led ends the signature (an addressee's block), except a short role standing alone under a
 * name-only signature. A scribble above "Name on behalf of ..." is passed over.
 */
export function readSignatures(lines: readonly NumberedLine[]): Signatory[] {
  const blocks = signatureBlocks(lines);
  const behalf = blocks.findIndex((b) => b.some((l) => ON_BEHALF.test(l.text.trim()) && readPersonName(ON_BEHALF.exec(l.text.trim())![1]!)));
  const usable = behalf >= 0 ? blocks.slice(behalf).map((b, i) => (i === 0 ? b.slice(b.findIndex((l) => ON_BEHALF.test(l.text.trim()))) : b)) : blocks;
  const signatories: Signatory[] = [];
  for (const [index, block] of usable.entries()) {
    const firstText = (SIGNED.exec(block[0]!.text)?.[1] ?? block[0]!.text).trim();
    const nameLed = !ADDRESS_START.test(firstText) && readPersonName(firstText.split(',')[0]!) !== null;
    if (index === 0 || nameLed) {
      signatories.push(readBlock(block));
      continue;
    }
    const last = signatories[signatories.length - 1]!;
    const standaloneRole = index === 1 && last.name && last.role === null && block.length <= 2 && !ADDRESS_START.test(firstText);
    if (standaloneRole) last.role = block.map((l) => l.text.trim()).join(' ');
    break;
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

const ADDRESSEE_NAME = new RegExp(String.raw`^(?:(?:His|Her)\s+Excellency\s+)?(?:H\.\s?E\.\s+)?(?:Mr|Mrs|Ms|Mme|Dr|Ambassador|Professor)\.?\s+\p{Lu}`, 'u');
const NOT_A_ROLE = /^(?:United Nations|New York|Geneva|Vienna|Nairobi|Permanent Mission|\d|[A-Z]{2}\s+\d)/;

/**
 * The roles of the addressees in an address block ("H.E. Mr. Oh Joon / President of the Economic and
 * Social Council / United Nations / New York"): the line under each addressee's name. Only the lines
 * given are searched: the caller passes the letter's head or foot.
 */
export function readAddressBlock(lines: readonly NumberedLine[]): string[] {
  const roles: string[] = [];
  const texts = lines.map((l) => l.text.trim());
  for (let i = 0; i < texts.length; i++) {
    let nameAt = i;
    if (/^(?:His|Her)\s+Excellency$/.test(texts[i]!)) nameAt = i + 1;
    if (!ADDRESSEE_NAME.test(texts[nameAt] ?? '') || texts[nameAt]!.length > 70) continue;
    const role = texts[nameAt + 1];
    if (role && !NOT_A_ROLE.test(role) && !SALUTATION.test(role) && role.length <= 200) roles.push(role.replace(/[,;]$/, ''));
    i = nameAt + 1;
  }
  return roles;
}
