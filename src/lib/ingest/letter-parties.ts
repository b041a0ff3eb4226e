import type { EntityContext } from './find-entities.ts';
import type { LetterHeader } from './read-header.ts';
import type { Signatory } from './read-signature.ts';
import { normalisePersonName, titleCase } from './read-signature.ts';
import { findNames } from './name-index.ts';
import { familyNameFirst } from '../model/person-names.ts';

/** A sender as the contract reports it and as the frontmatter records it. */
export interface ResolvedSender {
  name: string | null;
  role: string | null;
  person: string | null;
  organisation: string | null;
}

/** A recipient as written, and the person it names when the archive knows them. */
export interface ResolvedRecipient {
  text: string;
  person: string | null;
}

const STATE_OF = /\bPermanent\s+(?:Representative|Mission|Observer)\s+of\s+(?:the\s+)?(.+?)\s+to\s+the\s+United\s+Nations/i;

/** The role the title gives the sender: "Letter dated ... from the Secretary-General addressed to ..." -> "Secretary-General". */
export function senderRoleFromTitle(title: string | null): string | null {
  const match = title && /\bfrom\s+(?:the\s+)?(.+?)\s+(?:addressed\s+to|to\s+the|to\s+all)\b/i.exec(title);
  // "Letter dated ... addressed to the President of the Security Council by the Secretary-General".
  const by = !match && title ? /\baddressed\s+to\s+.+?\s+by\s+(?:the\s+)?(.+)$/i.exec(title) : null;
  return match ? match[1]!.trim() : by ? by[1]!.trim() : null;
}

/** The addressee the title gives: "... addressed to the President of the Security Council" -> "President of the Security Council". */
export function recipientFromTitle(title: string | null): string | null {
  const match = title && /\b(?:addressed\s+to|to)\s+(?:the\s+)?((?:President|Secretary|Chair|High|Permanent|Executive|Director|Under|Deputy|All|all|Members?|Heads?)\b.+)$/.exec(title.replace(/^.*?\bfrom\b/i, ''));
  return match ? match[1]!.trim().replace(/\s+by\s+(?:the\s+)?(?:President|Secretary|Permanent|Chair|Minister|Head|Director|Representatives?)\b.*$/, '').replace(/[.,;]$/, '') : null;
}

/** The role a letter's letterhead, title or note verbale gives its author; used for its title, never as a signed role. */
export function authorRole(header: LetterHeader): string | null {
  return header.noteVerbale?.from ?? senderRoleFromTitle(header.title) ?? (header.letterhead ? titleCase(header.letterhead).replace(/^The\s+/, '') : null);
}

/** Resolves the signatories, as signed, to people of the archive (adding new ones); a note verbale is signed by its sending body. */
export function resolveSenders(signatures: readonly Signatory[], header: LetterHeader, context: EntityContext): ResolvedSender[] {
  const senders: ResolvedSender[] = signatures.map((s) => ({
    name: s.name,
    role: s.role,
    person: s.name ? personFor(normalisePersonName(s.name), context, familyNameFirst(s.name)) : null,
    organisation: null,
  }));
  if (!senders.length && header.noteVerbale) senders.push({ name: null, role: header.noteVerbale.from, person: null, organisation: null });
  for (const sender of senders) {
    const state = sender.role && STATE_OF.exec(sender.role)?.[1];
    if (state) sender.organisation = context.addState(state);
  }
  return senders;
}

function personFor(name: string, context: EntityContext, familyName: string | null): string {
  const found = findNames(name, context.people);
  if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === name.length) return found[0]!.id;
  return context.addPerson(name, familyName);
}

/** The addressees, from the first source that names them: the title, an address block, "To:" lines, the note verbale, the salutation. */
export function resolveRecipients(toLines: readonly string[], addressBlock: readonly string[], header: LetterHeader, context: EntityContext): ResolvedRecipient[] {
  const fromTitle = recipientFromTitle(header.title);
  const noteVerbale = header.noteVerbale?.to.replace(/\s+and$/, '') ?? null;
  const salutation = salutationAddressee(header.salutation);
  const written = fromTitle ? fromTitle.split(/\s+and\s+the\s+/) : addressBlock.length ? [...addressBlock] : toLines.length ? [...toLines] : noteVerbale ? [noteVerbale] : salutation ? [salutation] : [];
  return written.map((text) => {
    const found = findNames(text, context.people);
    const person = found.length === 1 ? found[0]!.id : null;
    return { text: person && /^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(text) ? context.personName(person) ?? text : text, person };
  });
}

/** "Dear Secretary-General" -> "Secretary-General"; "Dear Mr Bozkir" -> "Mr Bozkir"; "Excellency", "Dear Mr. President" -> null. */
function salutationAddressee(salutation: string | null): string | null {
  const match = salutation && /^Dear\s+(.+)$/i.exec(salutation);
  if (!match || /^(?:Sir|Madam|Colleagues?|Friends?|All|(?:Mr|Madam|Madame|Ms|Mrs)\.?\s+(?:President|Chair|Chairman|Chairperson|Co-Chairs?|Secretary-General))$/i.test(match[1]!)) return null;
  return match[1]!;
}
