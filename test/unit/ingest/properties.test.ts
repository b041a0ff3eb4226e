import fc from 'fast-check';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/lib/ingest/decode.ts';
import { entityIdFor } from '../../../src/lib/ingest/find-entities.ts';
import { ingestSource, type SourceContext } from '../../../src/lib/ingest/ingest-source.ts';
import { buildNameIndex, extendNameIndex } from '../../../src/lib/ingest/name-index.ts';
import { verifyMdx } from '../../../src/lib/ingest/verify-mdx.ts';
import { uniqueSlug } from '../../../src/lib/model/slugs.ts';
import type { DraftLetter } from '../../../src/lib/ingest/types.ts';
import { cutOut } from '../../../src/lib/text/source-paragraphs.ts';

// Thousands of generated sources per property: a question of coverage, not of speed (speed lives in `npm run bench`).
// On a busy 2-core machine one property took 65-195 s, so the limit only stops a run that hangs.
const PROPERTY_TIMEOUT = 600_000;

// Properties every source must keep, whatever it holds: the ingest does not throw, each letter's body
// parses, runs no code and keeps every word of its lines, the body compiles, and the letters share out
// the source's lines between them. Generated texts mix the lines of UN letters with fragments that are
// code or Markdown syntax, so that a body which turns text into code or formatting is caught.

/** A fresh archive in memory: a few known people and organisations, and the entities a source adds. */
function freshContext(): SourceContext {
  const names = new Map<string, string>([
    ['mogens-lykketoft', 'Mogens Lykketoft'],
    ['sylvie-lucas', 'Sylvie Lucas'],
    ['amina-mohammed', 'Amina Mohammed'],
  ]);
  const people = buildNameIndex([
    { id: 'mogens-lykketoft', form: 'Mogens Lykketoft' },
    { id: 'mogens-lykketoft', form: 'Mr. Lykketoft' },
    { id: 'sylvie-lucas', form: 'Sylvie Lucas' },
    { id: 'sylvie-lucas', form: 'Ambassador Lucas' },
    { id: 'amina-mohammed', form: 'Amina Mohammed' },
  ]);
  const organisations = buildNameIndex([
    { id: 'general-assembly', form: 'General Assembly' },
    { id: 'security-council', form: 'Security Council' },
    { id: 'united-nations', form: 'United Nations' },
    { id: 'united-nations', form: 'the UN' },
  ]);
  const letterIds = new Set<string>();
  return {
    people,
    organisations,
    personName: (id) => names.get(id),
    personBySurname: (surname) => {
      const ids = [...names].filter(([, name]) => name.split(' ').at(-1) === surname).map(([id]) => id);
      return ids.length === 1 ? ids[0] : undefined;
    },
    addPerson: (name) => {
      const known = [...names].find(([, n]) => n === name)?.[0];
      if (known) return known;
      const id = uniqueSlug(entityIdFor(name), (candidate) => names.has(candidate));
      names.set(id, name);
      extendNameIndex(people, [{ id, form: name }]);
      return id;
    },
    addState: (name) => {
      const id = entityIdFor(name);
      extendNameIndex(organisations, [{ id, form: name }]);
      return id;
    },
    claimLetterId: (proposal) => {
      const id = uniqueSlug(proposal, (candidate) => letterIds.has(candidate));
      letterIds.add(id);
      return id;
    },
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

/** A date written in one of the ways letters write them, sometimes an impossible or ambiguous one. */
const dateText = fc
  .record({
    day: fc.integer({ min: 0, max: 32 }),
    day2: fc.integer({ min: 1, max: 31 }),
    month: fc.integer({ min: 0, max: 11 }),
    year: fc.integer({ min: 1890, max: 2110 }),
    form: fc.integer({ min: 0, max: 13 }),
  })
  .map(({ day, day2, month, year, form }) => {
    const name = MONTHS[month]!;
    const mm = String(month + 1).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    return [
      `${day} ${name} ${year}`,
      `${name} ${day}, ${year}`,
      `${day}th ${name} ${year}`,
      `${day} th ${name} ${year}`,
      `New York, ${day} ${name} ${year}`,
      `${day} ${name}, ${year}`,
      `${SHORT_MONTHS[month]} ${day}, ${year}`,
      `${day} and ${day2} ${name} ${year}`,
      `${day}-${day2} ${name} ${year}`,
      `from ${day} to ${day2} ${name} ${year}`,
      `30 June to ${day2} ${name} ${year}`,
      `the${day} ${name} ${year}`,
      `${year}-${mm}-${dd}`,
      `${dd}/${mm}/${year}`,
    ][form]!;
  });

const letterLine = fc.oneof(
  dateText,
  dateText.map((d) => `On ${d}, the Assembly met.`),
  fc.constantFrom(
    'Excellency,', 'Dear Mr. President,', 'Dear Secretary-General,', 'Sir,', 'Dear Colleagues,', 'Dear Mr Bozkir,',
    'resolution 69/321', 'GA Resolution 69/321', 'A/RES/69/321', 'resolutions 69/321 and 70/305', 'decision 62/557',
    'Decision 69/560 of 14 September 2015', 'resolution 1325 (2000)', 'resolutions 2100 (2013) and 2164 (2014)',
    'S/RES/2250 (2015)', 'resolution 3379 (XXX)', 'resolution 377 A (V)', 'S/2015/988.', 'A/70/L.1', 'S/PRST/2015/19',
    'resolution69/321', 'resolution 691321', 'resolution 69/32l', 'in 2015/16',
    'H.E. Mr. Mogens Lykketoft', 'H.E. Ms. Sylvie Lucas', 'Ambassador Lucas', 'Mr. John Smith', 'Ms. Amina Mohammed',
    'KOFI A. ANNAN', 'BAN Ki-moon', 'Luis Alfonso de Alba', 'Dr. Élodie Müller-Øberg', 'Mr. Lykketoft',
    'Please accept, Excellency, the assurances of my highest consideration.', 'Yours sincerely,', 'Your sincerely,',
    'Sincerely,', '(Signed) Kofi A. Annan', '(Signed): Ban Ki-moon', 'Ben Donaldson on behalf of the 1 for 7 Billion team',
    'Permanent Representative of Luxembourg to the United Nations', 'Ambassador, Permanent Representative',
    'To: All Permanent Representatives and Permanent Observers to the United Nations', 'To All Permanent Representatives',
    'New York', 'Annex', 'Annex I', 'Annex II:', 'Enclosure', 'Enclosure 2', 'Appendix', 'Attachment 3.',
    'Annex to the letter dated 18 March 2016 from the', 'Letter dated 18 March 2016 from the Permanent Representative of',
    'Ireland to the United Nations addressed to the President of the', 'Note verbale dated 2 May 2017 from the Permanent Mission',
    'S/2016/263', 'Distr.: General', 'Original: English', 'United Nations', 'Security Council', '16-04521 (E) 220316',
    '*1604521*', '2/3', '12', '__________________', '* Reissued for technical reasons on 29 December 2016.',
    'The Permanent Mission of Japan to the United Nations presents its compliments to the Secretary-General and has the honour',
    'THE PRESIDENT OF THE GENERAL ASSEMBLY', 'the 70<sup>th</sup> session', 'resolu-', 'tion 69/321 was adopted',
  ),
);

const hostile = fc.constantFrom(
  '{', '}', '<', '>', '<script>alert(1)</script>', '{alert(1)}', 'import x from "y"', 'export const a = 1', 'import',
  'export default {}', '<sup>th</sup>', '<br>', '<br/>', '<b>bold</b>', '<Foo />', '</p>', '<!-- c -->', '# ', '## Title',
  '- ', '* ', '+ ', '1. ', '2) ', '> ', '|a|b|', '|---|---|', '***', '---', '===', '\\', '\\\\', '&amp;', '&#123;', '&#0;',
  '&lt;script&gt;', '`', '```', '~~~', '~~x~~', '[link](http://x)', '![i](x.png)', '[^1]', '$x$', '$$', ':::note', '\f',
  '\t', '\r\n', '\r', '\u00a0', '\u200b', '\u2028', '\ufeff', 'é', 'ﬁ', 'x\u0301', '😀', '    indented', '_', '__a__',
  'http://example.org/a_b', 'a@b.org', '<https://x>', '\\{', '${x}', '{/* c */}', '<>', '</>', '<a href="x">',
);

const word = fc.constantFrom(
  'the', 'Assembly', 'Member', 'States', 'process', 'of', 'to', 'and', 'in', 'resolution', 'selection', 'Council',
  'which', 'we', 'welcome', 'informal', 'dialogues', 'candidates', '2015/16', '750', 'NGOs', 'honour', 'transmit',
);

/** Prose, sometimes long enough to be hard-wrapped, sometimes a single very long line. */
const prose = fc.oneof(
  fc.array(word, { minLength: 3, maxLength: 18 }).map((ws) => `${ws.join(' ')}.`),
  fc.array(word, { minLength: 200, maxLength: 400 }).map((ws) => ws.join(' ')),
  fc.integer({ min: 1000, max: 6000 }).map((n) => 'x'.repeat(n)),
);

/** A line of a hostile letter: letter-like pieces, prose and hostile fragments run together. */
const mixedLine = fc.oneof(
  { weight: 3, arbitrary: letterLine },
  { weight: 2, arbitrary: prose },
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(letterLine, hostile, word, fc.string({ unit: 'binary', maxLength: 6 })), { minLength: 1, maxLength: 6 })
      .chain((parts) => fc.constantFrom(' ', '', '\t').map((glue) => parts.join(glue))),
  },
);

/** A whole letter-like source: lines joined with LF or CRLF, with or without a BOM. */
const letterText = fc
  .record({
    lines: fc.array(mixedLine, { minLength: 0, maxLength: 40 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ lines, crlf, bom }) => `${bom ? '\ufeff' : ''}${lines.join(crlf ? '\r\n' : '\n')}`);

/** A skeleton of a real letter (date, salutation, body, closing, signature, addressee, annex) with hostile lines inserted. */
const structuredLetter = fc
  .record({
    date: dateText,
    salutation: fc.constantFrom('Excellency,', 'Dear Secretary-General,', 'Dear Mr. President,'),
    body: fc.array(fc.oneof(prose, mixedLine), { minLength: 1, maxLength: 8 }),
    signer: fc.constantFrom('Mogens Lykketoft', '(Signed) Kofi A. Annan', 'KOFI A. ANNAN', 'H.E. Mr. John Smith', 'The 1 for 7 Billion campaign', '{Name}'),
    role: fc.constantFrom('Permanent Representative of Luxembourg to the United Nations', 'President of the General Assembly', '', '<Role>'),
    annex: fc.option(fc.array(mixedLine, { minLength: 1, maxLength: 8 })),
    hostileLines: fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 4 }),
  })
  .map(({ date, salutation, body, signer, role, annex, hostileLines }) => {
    const lines = [date, '', salutation, '', ...body.flatMap((p) => [p, '']), 'Please accept, Excellency, the assurances of my highest consideration.', '', signer, role, '', 'To: All Permanent Representatives to the United Nations', 'New York'];
    if (annex) lines.push('', '', 'Annex', '', ...annex);
    for (const [at, fragment] of hostileLines) lines.splice(at % (lines.length + 1), 0, fragment);
    return lines.join('\n');
  });

/** What fails for one source; an empty list when every property holds. */
function violations(raw: string): string[] {
  const problems: string[] = [];
  // The ingest decodes files first (BOM, CRLF, NUL bytes): the properties are stated on the decoded text.
  const decoded = decodeSource(new TextEncoder().encode(raw));
  if (!decoded.ok) return problems;
  const { letters } = ingestSource(decoded.text, freshContext());
  const lines = decoded.text.split('\n');
  for (const letter of letters) {
    // A letter's own text is its lines of the source (with line breaks restored where extraction flattened them),
    // but for the lines its apparatus keeps as printed (a heading, a title, page furniture).
    const source = letter.sourceText;
    const { own, printed } = ownLines(letter, lines);
    if (words(source).join(' ') !== words(own.join('\n')).join(' ') && !lines.slice(letter.lines[0] - 1, letter.lines[1]).some(restored)) {
      problems.push(`${letter.id}: its text is not its lines of the source`);
    }
    for (const line of letter.apparatus?.lines ?? []) {
      if (!printed.has(line.line) || (lines[line.line - 1]!.trim() !== line.text && !restored(lines[line.line - 1]!))) problems.push(`${letter.id}: its apparatus line ${line.line} is not that line of the source`);
    }
    for (const problem of verifyMdx(letter.body, source).problems) problems.push(`${letter.id} (lines ${letter.lines.join('-')}): ${problem}`);
    try {
      mdxToJs(letter.body);
    } catch (error) {
      problems.push(`${letter.id}: the body does not compile: ${String(error)}`);
    }
  }
  const owners = lines.map(() => 0);
  for (const { lines: [first, last] } of letters) {
    if (first < 1 || last > lines.length || first > last) problems.push(`a letter has the lines ${first}-${last} of a source of ${lines.length}`);
    for (let n = first; n <= last; n++) owners[n - 1]! += 1;
  }
  // Only a line long enough to hold a flattened letter's layout may be shared, by letters that follow each other on it.
  owners.forEach((count, i) => {
    if (count > 1 && !restored(lines[i]!)) problems.push(`line ${i + 1} belongs to ${count} letters`);
    if (count === 0 && lines[i]!.trim()) problems.push(`line ${i + 1} (${JSON.stringify(lines[i]!.slice(0, 40))}) belongs to no letter`);
  });
  const read = words(letters.map((letter) => letter.sourceText).join('\n')).join(' ');
  const held = words(coveredText(letters, lines)).join(' ');
  if (read !== held) problems.push('the letters together do not hold every word of their lines of the source, in order');
  return problems;
}

/**
 * A letter's lines of the source without what its apparatus keeps, and the numbers of the lines it keeps from: a whole
 * line, or in a flattened line (whose layout the ingest restored) the apparatus's text cut out of it.
 */
function ownLines(letter: DraftLetter, lines: readonly string[]): { own: string[]; printed: Set<number> } {
  const apparatus = letter.apparatus?.lines ?? [];
  const own: string[] = [];
  for (let n = letter.lines[0]; n <= letter.lines[1]; n++) {
    const kept = apparatus.filter((l) => l.line === n);
    if (!kept.length) own.push(lines[n - 1]!);
    else if (restored(lines[n - 1]!)) own.push(cutOut(lines[n - 1]!, kept.map((l) => l.text)));
  }
  return { own, printed: new Set(apparatus.map((l) => l.line)) };
}

/**
 * The lines the letters cover, each once and in order, without what their apparatus keeps: a flattened line that one
 * letter ends on and the next begins on is read once, so that each letter's piece of it is counted once.
 */
function coveredText(letters: readonly DraftLetter[], lines: readonly string[]): string {
  const text: string[] = [];
  lines.forEach((line, i) => {
    const owners = letters.filter(({ lines: [first, last] }) => first <= i + 1 && i + 1 <= last);
    if (!owners.length) return;
    const kept = owners.flatMap((letter) => (letter.apparatus?.lines ?? []).filter((l) => l.line === i + 1).map((l) => l.text));
    if (!kept.length) text.push(line);
    else if (restored(line)) text.push(cutOut(line, kept));
  });
  return text.join('\n');
}

/** The words of a text, for comparing texts that differ only in their spaces and line breaks. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** A line that the ingest may have cut where a flattened letter's layout has its line breaks. */
const restored = (line: string) => line.length > 200;

/** Checks every property of one source: the raw text is also given to the ingest as it stands, to show it never throws. */
function holds(raw: string): void {
  expect(() => ingestSource(raw, freshContext())).not.toThrow();
  expect(violations(raw)).toEqual([]);
}

/** Arbitrary unicode, in lines: any code point, lone surrogates and control characters included. */
const unicodeLines = (unit: 'binary' | 'grapheme') =>
  fc.array(fc.string({ unit, size: 'medium' }), { size: 'small' }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

describe('the ingest, over generated sources', () => {
  it('reads arbitrary unicode text without throwing and keeps every word of it', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', size: 'large' }), holds), { numRuns: 1500 });
    fc.assert(fc.property(unicodeLines('binary'), holds), { numRuns: 1000 });
    fc.assert(fc.property(unicodeLines('grapheme'), holds), { numRuns: 1000 });
  }, PROPERTY_TIMEOUT);

  it('reads letter-like lines mixed with code and Markdown syntax without turning any of it into code or formatting', () => {
    fc.assert(fc.property(letterText, holds), { numRuns: 4000 });
  }, PROPERTY_TIMEOUT);

  it('reads whole letters with hostile lines inserted, keeping every word and sharing out the lines', () => {
    fc.assert(fc.property(structuredLetter, holds), { numRuns: 2500 });
  }, PROPERTY_TIMEOUT);

  // Sources that once broke a property, kept as they were shrunk.
  it.each([
    ['an ES module statement at the start of the body', 'import x from "y" {'],
    ['an export statement as the first line of a letter', 'export const a = 1\n0 January 1890\n\nExcellency,\n\nText.'],
    ['a web address followed by "<"', '[link](http://x)<>'],
    ['a web address with escaped characters before a script tag', 'Excellency,\n\n[^1]www.un.org/a_b<https://x><script>alert(1)</script>\n\nYours sincerely,\n\nMogens Lykketoft'],
    ['text around a bold tag that runs together into "<...>"', '2) `<On 2 February, 1892, the Assembly met.<b>bold</b>\n> '],
    ['a tag that is not formatting between two words', 'weinformal<a href="x">2036-02-08750'],
    ['a "<" with a combining mark', '<\u0338\u00b9'],
    ['a marked date touching a bold word', 'Annex 1 January 1900<b>bold</b>\n1 January 1900<b>bold</b>'],
    ['a marked name touching a footnote mark', 'Excellency,\n\nText.\n\nYours sincerely,\n\nSylvie Lucas<sup>1</sup>'],
    ['a name that runs on into a line of the apparatus', '$$\u02c5\u{75aaa}\u{b0865}\u{13c30}\u{1b622}\u{e4ec7}Dr. Élodie Müller-Øbergselectiontheinformal\nNote verbale dated 2 May 2017 from the Permanent Mission\nto\nExcellency,\n0 January 1890'],
    ['a flattened line whose date runs into a line of unknown script', 'To: All Permanent Representatives and Permanent Observers to the United NationsTHE PRESIDENT OF THE GENERAL ASSEMBLY21-1 April 2010\u45b8\u{10dab0}The Permanent Mission of Japan to the United Nations presents its compliments to the Secretary-General and has the honour*1604521*'],
    ['a line of a thousand marked dates', 'On 3 May 2017 the Assembly met. '.repeat(1000)],
    ['a flattened line that one letter ends on and an annex begins on', "0 January 1890\n\nExcellency,\n\nThe Permanent Mission of Japan to the United Nations presents its compliments to the Secretary-General and has the honour Note verbale dated 2 May 2017 from the Permanent Mission Annex to the letter dated 18 March 2016 from the {\n\nText.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n\nMogens Lykketoft\nPermanent Representative of Luxembourg to the United Nations\n\nTo: All Permanent Representatives to the United Nations\nNew York"],
  ])('keeps %s as text', (_, raw) => {
    holds(raw);
  });
});
