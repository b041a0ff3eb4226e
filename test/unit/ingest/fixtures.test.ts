/**
 * The hand-labelled ingest fixtures (test/fixtures/ingest/) are well-formed and cover the features
 * the ingest must handle. This file checks the labels themselves, not the ingest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const SOURCE_PREFIX = 'test/fixtures/ingest/';
const FIELDS = ['source', 'id', 'date', 'senders', 'recipients', 'documents', 'people', 'dates', 'enclosures', 'enclosedIn'];
const WARNING_KINDS = ['no-date', 'unknown-sender', 'ambiguous-date', 'unknown-symbol'];

interface Sender {
  name: string | null;
  role: string | null;
}

interface ExpectedLetter {
  source: string;
  id: string;
  date: string | null;
  senders: Sender[];
  recipients: string[];
  documents: string[];
  people: string[];
  dates: string[];
  enclosures: string[];
  enclosedIn: string | null;
}

interface ExpectedWarning {
  line: number;
  kind: string;
}

interface Fixture {
  name: string;
  /** The source exactly as stored (CRLF and form feeds kept). */
  raw: string;
  /** The source with CRLF read as LF. */
  text: string;
  /** The source with line-end hyphens before a lower-case letter rejoined and all whitespace collapsed. */
  flat: string;
  letters: ExpectedLetter[];
  warnings: ExpectedWarning[];
  hasWarningsFile: boolean;
}

const files = readdirSync(DIR).sort();
const names = files.filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -'.txt'.length));

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(DIR + file, 'utf8')) as unknown;
}

function flatten(text: string): string {
  return text
    .replace(/-\n(?=\p{Ll})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a fixture, trusting its JSON; the per-fixture tests below are what check that trust. */
function loadFixture(name: string): Fixture {
  const raw = readFileSync(`${DIR}${name}.txt`, 'utf8');
  const text = raw.replace(/\r\n/g, '\n');
  const warningsFile = `${name}.expected-warnings.json`;
  const hasWarningsFile = files.includes(warningsFile);
  return {
    name,
    raw,
    text,
    flat: flatten(text),
    letters: readJson(`${name}.expected.json`) as ExpectedLetter[],
    warnings: hasWarningsFile ? (readJson(warningsFile) as ExpectedWarning[]) : [],
    hasWarningsFile,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A one-line string with no leading, trailing or doubled spaces. */
function isCleanLine(value: string): boolean {
  return value.length > 0 && !/[\n\r\f\t]/.test(value) && value === value.trim() && !value.includes('  ');
}

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const ROMAN_SESSIONS = Array.from({ length: 30 }, (_, index) => toRoman(index + 1));

function toRoman(value: number): string {
  const table: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** The canonical symbol forms of the contract, and for each the part that must be visible in the source. */
const SYMBOL_FORMS: Array<{ kind: string; pattern: RegExp; visible: (match: RegExpExecArray) => string }> = [
  { kind: 'GA resolution', pattern: /^A\/RES\/(3[1-9]|[4-9]\d|[1-9]\d{2})\/([1-9]\d{0,3})$/, visible: (m) => `${m[1]}/${m[2]}` },
  {
    kind: 'old-style GA resolution',
    pattern: new RegExp(`^A/RES/([1-9]\\d{0,3})\\((${ROMAN_SESSIONS.join('|')})\\)$`),
    visible: (m) => m[1]!,
  },
  { kind: 'GA decision', pattern: /^A\/DEC\/([1-9]\d{0,2})\/([1-9]\d{0,3})$/, visible: (m) => `${m[1]}/${m[2]}` },
  { kind: 'SC resolution', pattern: /^S\/RES\/([1-9]\d{0,3})\(((?:19[4-9]|20\d)\d)\)$/, visible: (m) => m[1]! },
  {
    kind: 'other symbol',
    pattern: /^(?!A\/RES\/|A\/DEC\/|S\/RES\/)[A-Z]{1,8}(?:\/[A-Z0-9][A-Z0-9.-]*)+$/,
    visible: (m) => m[0],
  },
];

function symbolForm(symbol: string): { kind: string; visible: string } | null {
  for (const form of SYMBOL_FORMS) {
    const match = form.pattern.exec(symbol);
    if (match) return { kind: form.kind, visible: form.visible(match) };
  }
  return null;
}

const HONORIFIC = /^(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Judge|Ambassador|His|Her|Sir|Dame)\s/;

/** The symbols printed at the top of a UN masthead document (its own symbols, never citations). */
function mastheadSymbols(text: string): string[] {
  const head = text.split('\n').slice(0, 4).join('\n');
  return [...head.matchAll(/\b[AS]\/[0-9A-Z./-]+?(?=\*?(?:\s|–|$))/gm)].map((match) => match[0]);
}

describe('the ingest fixture folder', () => {
  it('holds at least 36 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(36);
  });

  it('holds only sources, their expected letters, their expected warnings and a README', () => {
    for (const file of files) {
      const ok =
        file === 'README.md' ||
        /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:txt|expected\.json|expected-warnings\.json)$/.test(file);
      expect(ok, file).toBe(true);
    }
  });

  it('pairs every expected file with a source of the same name', () => {
    for (const file of files.filter((f) => f.endsWith('.json'))) {
      const base = file.replace(/\.expected(?:-warnings)?\.json$/, '');
      expect(names, file).toContain(base);
    }
  });

  it('numbers the fixtures uniquely', () => {
    const numbers = names.map((name) => name.slice(0, 2));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe.each(names)('fixture %s', (name) => {
  const parse = (): unknown => readJson(`${name}.expected.json`);

  it('has an expected.json that parses as a non-empty array of objects', () => {
    expect(files).toContain(`${name}.expected.json`);
    const value = parse();
    expect(Array.isArray(value)).toBe(true);
    expect((value as unknown[]).length).toBeGreaterThan(0);
    for (const item of value as unknown[]) expect(isRecord(item)).toBe(true);
  });

  it('gives every letter exactly the fields of the contract, with the right types', () => {
    for (const item of parse() as unknown[]) {
      if (!isRecord(item)) throw new Error('not an object');
      expect(Object.keys(item).sort()).toEqual([...FIELDS].sort());
      expect(typeof item.source).toBe('string');
      expect(typeof item.id).toBe('string');
      expect(item.date === null || typeof item.date === 'string').toBe(true);
      expect(Array.isArray(item.senders)).toBe(true);
      for (const sender of item.senders as unknown[]) {
        if (!isRecord(sender)) throw new Error('a sender is not an object');
        expect(Object.keys(sender).sort()).toEqual(['name', 'role']);
        expect(sender.name === null || typeof sender.name === 'string').toBe(true);
        expect(sender.role === null || typeof sender.role === 'string').toBe(true);
      }
      for (const field of ['recipients', 'documents', 'people', 'dates', 'enclosures']) {
        expect(isStringArray(item[field]), field).toBe(true);
      }
      expect(item.enclosedIn === null || typeof item.enclosedIn === 'string').toBe(true);
    }
  });

  it('names its own source path in every letter', () => {
    for (const letter of loadFixture(name).letters) expect(letter.source).toBe(`${SOURCE_PREFIX}${name}.txt`);
  });

  it('gives every letter a unique id of lower-case words joined by single hyphens', () => {
    const ids = loadFixture(name).letters.map((letter) => letter.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates each letter with a real calendar day in ISO form, or null', () => {
    for (const letter of loadFixture(name).letters) {
      if (letter.date !== null) expect(isIsoDate(letter.date), letter.date).toBe(true);
    }
  });

  it('gives each sender a one-line name or role, at least one of the two, without honorifics', () => {
    for (const letter of loadFixture(name).letters) {
      for (const sender of letter.senders) {
        expect(sender.name !== null || sender.role !== null).toBe(true);
        if (sender.name !== null) {
          expect(isCleanLine(sender.name), sender.name).toBe(true);
          expect(sender.name).not.toMatch(HONORIFIC);
          expect(sender.name).not.toMatch(/^\(Signed\)/);
        }
        if (sender.role !== null) expect(isCleanLine(sender.role), sender.role).toBe(true);
      }
    }
  });

  it('lists recipients as one-line strings without a leading "To"', () => {
    for (const letter of loadFixture(name).letters) {
      for (const recipient of letter.recipients) {
        expect(isCleanLine(recipient), recipient).toBe(true);
        expect(recipient).not.toMatch(/^(?:To:?|the)\s/);
      }
    }
  });

  it('lists documents once each, as canonical symbols of the contract', () => {
    const { letters, text } = loadFixture(name);
    const own = mastheadSymbols(text);
    for (const letter of letters) {
      expect(new Set(letter.documents).size).toBe(letter.documents.length);
      for (const symbol of letter.documents) {
        expect(symbolForm(symbol), symbol).not.toBeNull();
        expect(own, `${symbol} is the masthead symbol of the document itself`).not.toContain(symbol);
      }
    }
  });

  it('lists people once each, as full names without honorifics', () => {
    for (const letter of loadFixture(name).letters) {
      expect(new Set(letter.people).size).toBe(letter.people.length);
      for (const person of letter.people) {
        expect(isCleanLine(person), person).toBe(true);
        expect(person).not.toMatch(HONORIFIC);
        expect(person.split(' ').length, `${person} is not a full name`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("lists dates once each, as real ISO days, including the letter's own date", () => {
    for (const letter of loadFixture(name).letters) {
      expect(new Set(letter.dates).size).toBe(letter.dates.length);
      for (const date of letter.dates) expect(isIsoDate(date), date).toBe(true);
      if (letter.date !== null) expect(letter.dates).toContain(letter.date);
    }
  });

  it('links enclosures and enclosedIn both ways within the file', () => {
    const { letters } = loadFixture(name);
    const byId = new Map(letters.map((letter) => [letter.id, letter]));
    for (const letter of letters) {
      expect(new Set(letter.enclosures).size).toBe(letter.enclosures.length);
      for (const id of letter.enclosures) {
        expect(id).not.toBe(letter.id);
        expect(byId.get(id)?.enclosedIn, `${letter.id} encloses ${id}`).toBe(letter.id);
      }
      if (letter.enclosedIn !== null) {
        expect(letter.enclosedIn).not.toBe(letter.id);
        expect(byId.get(letter.enclosedIn)?.enclosures ?? [], `${letter.id} is enclosed`).toContain(letter.id);
        expect(letter.enclosures, 'an enclosed letter encloses nothing').toEqual([]);
      }
    }
    expect(letters.filter((letter) => letter.enclosedIn === null).length, 'one top-level letter per file').toBe(1);
    const [first] = letters;
    expect(first?.enclosedIn ?? null, 'the cover letter comes first').toBeNull();
  });

  it('lists expected warnings, if any, with a known kind, on a non-blank line of the source, in line order', () => {
    const { warnings, hasWarningsFile, text } = loadFixture(name);
    if (!hasWarningsFile) return;
    const lines = text.split('\n');
    expect(Array.isArray(warnings) && warnings.length > 0).toBe(true);
    let previous = 0;
    for (const warning of warnings as unknown[]) {
      if (!isRecord(warning)) throw new Error('a warning is not an object');
      expect(Object.keys(warning).sort()).toEqual(['kind', 'line']);
      expect(WARNING_KINDS).toContain(warning.kind);
      expect(Number.isInteger(warning.line)).toBe(true);
      const line = warning.line as number;
      expect(line).toBeGreaterThanOrEqual(Math.max(1, previous));
      expect(lines[line - 1]?.trim() ?? '', `line ${line}`).not.toBe('');
      previous = line;
    }
  });

  it('agrees with its warnings: an undated letter is explained, and a misread symbol is not cited', () => {
    const { letters, warnings, text } = loadFixture(name);
    const kinds = warnings.map((warning) => warning.kind);
    const undated = letters.filter((letter) => letter.date === null).length;
    expect(kinds.filter((kind) => kind === 'no-date' || kind === 'ambiguous-date').length).toBe(undated);
    expect(kinds.filter((kind) => kind === 'unknown-sender').length).toBe(
      letters.filter((letter) => letter.senders.length === 0).length,
    );
    const lines = text.split('\n');
    for (const warning of warnings.filter((w) => w.kind === 'ambiguous-date')) {
      expect(lines[warning.line - 1]).toMatch(/\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/);
    }
  });

  it('labels only what the source says: names, roles, recipients and people appear in it verbatim', () => {
    const { letters, flat } = loadFixture(name);
    for (const letter of letters) {
      for (const sender of letter.senders) {
        if (sender.name !== null) expect(flat, sender.name).toContain(sender.name);
        if (sender.role !== null) expect(flat, sender.role).toContain(sender.role);
      }
      for (const recipient of letter.recipients) expect(flat, recipient).toContain(recipient);
      // A name printed with its family name in capitals ("ZHANG Yesui") is labelled in natural case ("Zhang Yesui").
      for (const person of letter.people) expect(flat.toLowerCase(), person).toContain(person.toLowerCase());
    }
  });

  it("labels only what the source says: each document's number and each date's year appear in it", () => {
    const { letters, flat } = loadFixture(name);
    for (const letter of letters) {
      for (const symbol of letter.documents) {
        const form = symbolForm(symbol);
        if (form) expect(flat, symbol).toContain(form.visible);
      }
      for (const date of letter.dates) expect(flat, date).toContain(date.slice(0, 4));
    }
  });
});

/** A feature the fixture set must cover, and how many fixtures must show it. */
interface Feature {
  feature: string;
  minimum: number;
  shows: (fixture: Fixture) => boolean;
}

const has = (pattern: RegExp) => (fixture: Fixture) => pattern.test(fixture.text);
const hasFlat = (pattern: RegExp) => (fixture: Fixture) => pattern.test(fixture.flat);
const anyLetter = (test: (letter: ExpectedLetter) => boolean) => (fixture: Fixture) => fixture.letters.some(test);
const warns = (kind: string) => (fixture: Fixture) => fixture.warnings.some((warning) => warning.kind === kind);
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const month = (source: string) => new RegExp(source.replaceAll('MONTH', MONTH), 'm');

/** Marks of OCR and page furniture: hyphenation, run-together words, page breaks, job numbers, split ordinals, misreads. */
const OCR_NOISE = [
  /-\n\p{Ll}/u,
  /\b(?:resolution|the|December)\d/,
  /\f/,
  /^\d{2}-\d{5}\*? \(E\)/m,
  /^\*\d{7}\*$/m,
  /\b\d{1,3} (?:st|nd|rd|th)\b/,
  /\b\d{2}\/\d{2,3}[lIO]\b/,
  /\(\d[O0-9]*O[O0-9]*\)/,
];
const isNoisy = (fixture: Fixture) => OCR_NOISE.some((pattern) => pattern.test(fixture.text));
const lastLines = (fixture: Fixture, count: number) => fixture.text.split('\n').filter((line) => line.trim() !== '').slice(-count);
const hasMasthead = (fixture: Fixture) => /^Distr\.: General$/m.test(fixture.text);

const FEATURES: Feature[] = [
  // letterheads and mastheads
  { feature: 'the letterhead "THE PRESIDENT OF THE GENERAL ASSEMBLY"', minimum: 2, shows: has(/^THE PRESIDENT OF THE GENERAL ASSEMBLY$/m) },
  { feature: 'the letterhead "THE SECRETARY-GENERAL"', minimum: 2, shows: has(/^THE SECRETARY-GENERAL$/m) },
  { feature: 'a permanent mission letterhead', minimum: 3, shows: has(/^PERMANENT MISSION OF /m) },
  { feature: 'a UN masthead with "Distr.: General" and "Original:"', minimum: 5, shows: has(/^Distr\.: General\n.*\n(?:English\n)?Original: /m) },
  { feature: 'a General Assembly masthead', minimum: 2, shows: has(/^General Assembly$/m) },
  { feature: 'a masthead title "Letter dated ... from ... addressed to ..."', minimum: 5, shows: hasFlat(/^.{0,400}\bLetter dated \d{1,2} \w+ \d{4} from .{5,300}? addressed to /) },
  { feature: 'identical letters to two addressees', minimum: 1, shows: (f) => /^Identical letters dated/m.test(f.text) && f.letters.some((l) => l.recipients.length === 2) },
  // date lines
  { feature: 'a date line "14 December 2015"', minimum: 5, shows: (f) => !hasMasthead(f) && has(month('^\\d{1,2} MONTH \\d{4}$'))(f) },
  { feature: 'a date line "December 14, 2015"', minimum: 2, shows: has(month('^MONTH \\d{1,2}, \\d{4}$')) },
  { feature: 'a date line "14th December 2015"', minimum: 1, shows: has(month('^\\d{1,2}(?:st|nd|rd|th) MONTH \\d{4}$')) },
  { feature: 'a date line "14 th December 2015" (ordinal split by OCR)', minimum: 1, shows: has(month('^\\d{1,2} (?:st|nd|rd|th) MONTH \\d{4}$')) },
  { feature: 'a date line with a place "New York, 11 December 2015"', minimum: 3, shows: has(month('^(?:New York|The Hague), \\d{1,2} MONTH \\d{4}$')) },
  { feature: 'a date line "11 December, 2015"', minimum: 1, shows: has(month('^\\d{1,2} MONTH, \\d{4}$')) },
  { feature: 'a date line with a weekday "Monday, 4 March 2019"', minimum: 1, shows: has(month('^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \\d{1,2} MONTH \\d{4}$')) },
  { feature: 'a date line run together by OCR "16 December2015"', minimum: 1, shows: has(month('^\\d{1,2} MONTH\\d{4}$')) },
  { feature: 'a date line at the foot of the letter', minimum: 1, shows: (f) => lastLines(f, 2).some((line) => month('^New York, \\d{1,2} MONTH \\d{4}$').test(line)) },
  {
    feature: 'an ambiguous numeric date line "03/04/2016", undated with an ambiguous-date warning',
    minimum: 1,
    shows: (f) => /^(?:0[1-9]|1[0-2])\/(?:0[1-9]|1[0-2])\/\d{4}$/m.test(f.text) && warns('ambiguous-date')(f) && f.letters[0]?.date === null,
  },
  {
    feature: 'an unambiguous numeric date line "25/04/2016", dated',
    minimum: 1,
    shows: (f) => /^(?:1[3-9]|2\d|3[01])\/\d{2}\/\d{4}$/m.test(f.text) && f.letters[0]?.date !== null,
  },
  { feature: 'an undated letter with a no-date warning', minimum: 2, shows: (f) => warns('no-date')(f) && f.letters.some((l) => l.date === null) },
  // salutations, signatures, addressees
  { feature: 'the salutation "Excellency,"', minimum: 5, shows: has(/^Excellency,$/m) },
  { feature: 'the salutation "Dear Mr. President,"', minimum: 2, shows: has(/^Dear Mr\. President,$/m) },
  { feature: 'the salutation "Dear Secretary-General,"', minimum: 2, shows: has(/^Dear Secretary-General,$/m) },
  { feature: 'a "(Signed)" signature', minimum: 5, shows: has(/^\(Signed\) \S/m) },
  {
    feature: 'a role written over several lines under the name',
    minimum: 3,
    shows: (f) => f.letters.some((l) => l.senders.some((s) => s.role !== null && !f.text.includes(s.role) && f.flat.includes(s.role))),
  },
  { feature: 'a signatory given with a role only', minimum: 2, shows: anyLetter((l) => l.senders.some((s) => s.name === null)) },
  { feature: 'a letter with two signatories', minimum: 2, shows: anyLetter((l) => l.senders.length === 2) },
  { feature: 'a letter with no signature and an unknown-sender warning', minimum: 1, shows: (f) => warns('unknown-sender')(f) && f.letters.some((l) => l.senders.length === 0) },
  { feature: 'a line "To: All Permanent Representatives ..."', minimum: 3, shows: has(/^To: All Permanent Representatives/m) },
  { feature: 'a foot "To All Permanent Representatives ... New York"', minimum: 3, shows: has(/^To [Aa]ll Permanent Representatives.*\nNew York\n?$/m) },
  { feature: 'an address block naming the addressee and role', minimum: 4, shows: has(/^(?:H\.E\. M(?:r|s|rs)\.|His Excellency)/m) },
  { feature: 'a note verbale', minimum: 1, shows: hasFlat(/presents its compliments to the/) },
  // enclosures and annexes
  { feature: 'a cover letter that encloses a letter ("enclose herewith")', minimum: 2, shows: (f) => /enclose herewith/.test(f.flat) && f.letters.length >= 2 },
  { feature: 'a masthead letter with an annexed letter', minimum: 2, shows: (f) => /^Annex to the letter dated/m.test(f.text) && f.letters.length === 2 },
  { feature: 'an "Enclosure" heading', minimum: 2, shows: has(/^Enclosure(?: \d+)?$/m) },
  { feature: 'a cover letter with two enclosures', minimum: 1, shows: anyLetter((l) => l.enclosures.length === 2) },
  { feature: 'an annex that is not a letter (kept with the cover letter)', minimum: 1, shows: (f) => /^Annex$/m.test(f.text) && f.letters.length === 1 },
  // citation forms
  { feature: 'the citation "resolution 69/321"', minimum: 3, shows: hasFlat(/\bresolution \d{2}\/\d{1,4}\b/) },
  { feature: 'the citation "GA Resolution 69/321"', minimum: 1, shows: hasFlat(/\bGA Resolution \d{2}\/\d+/) },
  { feature: 'the citation "A/RES/69/321"', minimum: 2, shows: hasFlat(/\bA\/RES\/\d{2}\/\d+/) },
  { feature: 'the citation "resolutions 69/321 and 70/305"', minimum: 1, shows: hasFlat(/\bresolutions \d{2}\/\d+ and \d{2}\/\d+/) },
  { feature: 'the citation "decision 62/557"', minimum: 3, shows: hasFlat(/\bdecision \d{2}\/\d+/) },
  { feature: 'the citation "Decision 69/560 of 14 September 2015"', minimum: 1, shows: hasFlat(/\bDecision \d{2}\/\d+ of \d{1,2} [A-Z][a-z]+ \d{4}/) },
  { feature: 'the citation "resolution 1325 (2000)"', minimum: 5, shows: hasFlat(/\bresolution \d{3,4} \(\d{4}\)/) },
  { feature: 'the citation "resolutions 2100 (2013) and 2164 (2014)"', minimum: 2, shows: hasFlat(/\bresolutions \d{3,4} \(\d{4}\) and \d{3,4} \(\d{4}\)/) },
  { feature: 'the citation "S/RES/2250 (2015)"', minimum: 3, shows: hasFlat(/\bS\/RES\/\d{3,4} \(\d{4}\)/) },
  { feature: 'an old-style citation "resolution 3447 (XXX)"', minimum: 1, shows: hasFlat(/\bresolution \d{3,4} \([IVX]+\)/) },
  { feature: 'an old-style citation with a part letter "resolution 377 A (V)"', minimum: 2, shows: hasFlat(/\bresolution \d{3,4} [A-Z] \([IVX]+\)/) },
  { feature: 'a cited document symbol such as "S/2015/988"', minimum: 4, shows: anyLetter((l) => l.documents.some((d) => /^[AS]\/\d{2,4}\/\d+$/.test(d))) },
  { feature: 'the symbol "A/70/L.1"', minimum: 1, shows: hasFlat(/\bA\/\d{2}\/L\.\d+/) },
  { feature: 'a presidential statement "S/PRST/2015/19"', minimum: 1, shows: hasFlat(/\bS\/PRST\/\d{4}\/\d+/) },
  { feature: 'a joint symbol "A/70/623–S/2015/988" cited', minimum: 2, shows: hasFlat(/\(A\/\d{2}\/\d+ ?[–-] ?S\/\d{4}\/\d+\)/) },
  { feature: 'a sender file reference that is not a citation', minimum: 2, shows: has(/^(?:No\.|Ref:) \S+\/\S+$/m) },
  // shared and ranged dates
  { feature: 'a shared date "5 and 12 March 2019"', minimum: 3, shows: hasFlat(month('\\b\\d{1,2} and \\d{1,2} MONTH \\d{4}')) },
  { feature: 'a ranged date "8-9 June 2021"', minimum: 3, shows: hasFlat(month('\\b\\d{1,2}[-–]\\d{1,2} MONTH \\d{4}')) },
  { feature: 'a ranged date "from 3 to 5 May 2017"', minimum: 3, shows: hasFlat(month('\\bfrom \\d{1,2} to \\d{1,2} MONTH \\d{4}')) },
  { feature: 'a date broken over two lines "1 March\\n2014"', minimum: 1, shows: has(month('\\b\\d{1,2} MONTH\\n\\d{4}')) },
  { feature: 'year-less and month-only dates that are not full dates', minimum: 1, shows: (f) => has(month('\\bon \\d{1,2} (?:MONTH)(?! \\d)'))(f) && f.letters.every((l) => l.dates.length === 1) },
  // OCR noise
  { feature: 'a citation broken with a hyphen "resolu-\\ntion 69/321"', minimum: 3, shows: has(/resolu-\ntion/) },
  { feature: 'a date broken with a hyphen "Decem-\\nber 2015"', minimum: 2, shows: has(/Decem-\nber \d{4}/) },
  { feature: 'a name broken with a hyphen', minimum: 2, shows: (f) => f.letters.some((l) => l.people.some((p) => !f.text.includes(p) && !f.text.replace(/\s+/g, ' ').includes(p))) },
  { feature: 'a citation run together "resolution69/321"', minimum: 2, shows: has(/\bresolution\d/) },
  { feature: 'a date run together "the14 December 2015"', minimum: 1, shows: has(month('\\bthe\\d{1,2} MONTH \\d{4}')) },
  { feature: 'a form feed page break', minimum: 5, shows: has(/\f/) },
  { feature: 'a lone page number', minimum: 4, shows: has(/^(?:- )?\d{1,2}(?:\/\d{1,2})?(?: -)?$/m) },
  { feature: 'a "15-12345 (E)" job number', minimum: 5, shows: has(/^\d{2}-\d{5}\*? \(E\)/m) },
  { feature: 'a "*1512345*" barcode', minimum: 5, shows: has(/^\*\d{7}\*$/m) },
  { feature: 'a session ordinal split "70 th session"', minimum: 2, shows: has(/\b\d{2} th session/) },
  { feature: 'a misread slash "resolution 691321" with an unknown-symbol warning', minimum: 1, shows: (f) => /\bresolution \d{6}\b/.test(f.text) && warns('unknown-symbol')(f) },
  { feature: 'a misread digit "69/32l" with an unknown-symbol warning', minimum: 1, shows: (f) => /\b\d{2}\/\d{2,3}[lIO]\b/.test(f.text) && warns('unknown-symbol')(f) },
  { feature: 'a misread year "(2O00)" with an unknown-symbol warning', minimum: 1, shows: (f) => /\(\d[O0-9]*O[O0-9]*\)/.test(f.text) && warns('unknown-symbol')(f) },
  { feature: 'a masthead reissue footnote whose date is not a letter date', minimum: 1, shows: has(/^\* Reissued for technical reasons on /m) },
  // code-like text
  { feature: 'a "<script>" mentioned in running text', minimum: 1, shows: has(/<script>/) },
  { feature: 'a line starting with "{"', minimum: 1, shows: has(/^\{/m) },
  { feature: 'a line starting with "import x from"', minimum: 1, shows: has(/^import \w+ from /m) },
  { feature: 'a line starting with "export"', minimum: 1, shows: has(/^export /m) },
  { feature: 'a line starting with "<"', minimum: 1, shows: has(/^</m) },
  // line endings
  { feature: 'CRLF line endings', minimum: 2, shows: (f) => f.raw.includes('\r\n') },
  { feature: 'OCR noise (about a third of the set)', minimum: 12, shows: isNoisy },
];

describe('the fixture set', () => {
  const fixtures = names.map(loadFixture);

  it.each(FEATURES)('covers $feature (at least $minimum)', ({ minimum, shows }) => {
    const showing = fixtures.filter(shows).map((fixture) => fixture.name);
    expect(showing.length, showing.join(', ')).toBeGreaterThanOrEqual(minimum);
  });

  it('expects every kind of warning somewhere', () => {
    const kinds = new Set(fixtures.flatMap((fixture) => fixture.warnings.map((warning) => warning.kind)));
    for (const kind of WARNING_KINDS) expect([...kinds], kind).toContain(kind);
  });

  it('uses every canonical symbol form somewhere', () => {
    const kinds = new Set(
      fixtures.flatMap((fixture) => fixture.letters.flatMap((letter) => letter.documents.map((symbol) => symbolForm(symbol)?.kind))),
    );
    for (const form of SYMBOL_FORMS) expect([...kinds], form.kind).toContain(form.kind);
  });

  it('keeps the file contents free of tabs and of trailing spaces', () => {
    for (const fixture of fixtures) {
      expect(/\t/.test(fixture.text), fixture.name).toBe(false);
      expect(/ +$/m.test(fixture.text), fixture.name).toBe(false);
    }
  });
});
