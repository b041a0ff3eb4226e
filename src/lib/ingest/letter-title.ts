import { formatDate } from '../model/dates.ts';
import { splitPersonName } from '../model/person-names.ts';
import { slugify } from '../model/slugs.ts';
import { slugifySymbol } from '../../schema/symbols.ts';
import type { ResolvedRecipient, ResolvedSender } from './letter-parties.ts';

/** Who a title says a letter is from: "the President of the General Assembly", else the name. */
function fromWords(senders: readonly ResolvedSender[], author: string | null): string {
  const first = senders[0];
  const role = first?.role ?? author;
  if (!first && !author) return 'an unidentified sender';
  if (role && !/^on behalf of/i.test(role)) {
    // "Ambassador, Permanent Representative Chair of the IGN": a title names the last office held.
    const office = /.*\b((?:Chair|Chairman|Chairperson|President|Secretary-General|Permanent Representative|Coordinator|Minister|Director|Co-Chairs?)\b.*)$/.exec(role)?.[1] ?? role;
    return /^(?:the|a|an)\s/i.test(office) ? office : `the ${office}`;
  }
  return first?.name ?? 'an unidentified sender';
}

/** Builds a UN-style title: "Letter dated 14 December 2015 from the President of the General Assembly to all Permanent Representatives ...". */
export function composeTitle(kind: string, date: string | null, senders: readonly ResolvedSender[], recipients: readonly ResolvedRecipient[], author: string | null = null): string {
  const noun = kind === 'note-verbale' ? 'Note verbale' : 'Letter';
  const dated = date ? `${noun} dated ${formatDate(date)}` : `Undated ${noun.toLowerCase()}`;
  const to = recipients[0]?.text.replace(/^All\b/, 'all').replace(/^(?=President|Secretary|Chair)/, 'the ');
  return `${dated} from ${fromWords(senders, author)}${to ? ` to ${to}` : ''}`;
}

/** A readable id from what the letter tells: date, signatory's family name or role, and the document symbol when it has one. */
export function composeLetterId(date: string | null, senders: readonly ResolvedSender[], symbol: string | null, author: string | null = null, familyOf: (person: string) => string | null = () => null): string {
  const first = senders[0];
  const role = first?.role ?? author;
  // The family name, also when printed first in capitals ("BAN Ki-moon" gives "ban") or known to the archive ("Ban Ki-moon").
  const who = first?.name ? splitPersonName(first.name, first.person ? familyOf(first.person) : null).family : role ? role.replace(/^the\s+/i, '').split(/\s+/).slice(0, 4).join(' ') : 'letter';
  const parts = [date ?? 'undated', slugify(who, 40) || 'letter'];
  if (symbol) parts.push(slugifySymbol(symbol));
  return parts.join('-');
}
