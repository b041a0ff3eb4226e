/**
 * The offices the register of office-holders records, and how letters name them: "The President of the Security
 * Council", "the Secretary-General", "President of the General Assembly at its seventieth session".
 */

/** The offices of the register. */
export const OFFICES = ['president-of-the-general-assembly', 'secretary-general', 'deputy-secretary-general', 'president-of-the-security-council'] as const;

/** One office of the register. */
export type Office = (typeof OFFICES)[number];

/** Each office's name as the UN writes it. */
export const OFFICE_NAMES: Record<Office, string> = {
  'president-of-the-general-assembly': 'President of the General Assembly',
  'secretary-general': 'Secretary-General of the United Nations',
  'deputy-secretary-general': 'Deputy Secretary-General of the United Nations',
  'president-of-the-security-council': 'President of the Security Council',
};

/** The organisation (by id) each office belongs to in the archive. */
export const OFFICE_ORGANISATIONS: Record<Office, string> = {
  'president-of-the-general-assembly': 'general-assembly',
  'secretary-general': 'united-nations',
  'deputy-secretary-general': 'united-nations',
  'president-of-the-security-council': 'security-council',
};

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** An ordinal in words, as UN documents write session numbers: 3 -> "third", 70 -> "seventieth", 75 -> "seventy-fifth" (1-99). */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`no ordinal word for ${n}`);
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? `${tens}ieth` : `${tens}y-${UNITS[n % 10]}`;
}

const WORD_NUMBERS = new Map(Array.from({ length: 99 }, (_, i) => [ordinalWord(i + 1), i + 1]));

/** The number of a session as written: "seventieth", "70th", "70"; null when it is none. */
function sessionNumber(text: string): number | null {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
  if (digits) return Number(digits[1]);
  return WORD_NUMBERS.get(text) ?? null;
}

/** The title of a President's role in one session, as letters write it: "President of the General Assembly at its seventieth session". */
export function presidencyTitle(session: number): string {
  return `President of the General Assembly at its ${ordinalWord(session)} session`;
}

/** An office named in a role, with the session when the role names one. */
export interface OfficeMatch {
  office: Office;
  /** The session a President of the General Assembly is named with ("at its seventieth session"); null when none. */
  session: number | null;
}

const SESSION = String.raw`(\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)`;
const OF_UN = String.raw`(?: of the united nations)?`;
const PATTERNS: Array<[RegExp, Office]> = [
  [new RegExp(`^president of the general assembly(?: of the united nations)?(?: at its ${SESSION} session)?$`), 'president-of-the-general-assembly'],
  [new RegExp(`^president of the ${SESSION} session of the general assembly${OF_UN}$`), 'president-of-the-general-assembly'],
  [/^president of the (?:united nations )?security council$/, 'president-of-the-security-council'],
  [new RegExp(`^secretary-general${OF_UN}$`), 'secretary-general'],
  [new RegExp(`^deputy secretary-general${OF_UN}$`), 'deputy-secretary-general'],
];

/**
 * The office a role names, whole: "The President of the Security Council", "Secretary-General", "the Deputy
 * Secretary-General of the United Nations". Case, a leading article or courtesy ("H.E.", "Her Excellency"), the
 * hyphen's kind and a final full stop do not count. A role that only contains an office ("Special Representative of
 * the Secretary-General", "Under-Secretary-General") names none; null then.
 */
export function matchOffice(role: string): OfficeMatch | null {
  const text = role
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:(?:the|h\.\s?e\.|his excellency|her excellency|mr\.?|madam|mrs\.?|ms\.?)\s+)+/, '');
  for (const [pattern, office] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const session = match[1] ? sessionNumber(match[1]) : null;
    if (match[1] && session === null) return null;
    return { office, session };
  }
  return null;
}
