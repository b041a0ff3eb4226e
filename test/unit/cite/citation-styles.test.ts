import { describe, expect, it } from 'vitest';
import { apaCitation, bluebookCitation, bluebookDate, chicagoCitation, letterCitations, monthDayYear, oscolaCitation, paragraphCitation } from '../../../src/lib/cite/citation-styles.ts';
import { letterReference, type LetterReference } from '../../../src/lib/cite/letter-reference.ts';
import { loadContentArchive, SEED_SITE } from '../../support/content-archive.ts';

const archive = loadContentArchive();
const seed = (id: string) => letterReference(archive.letterById.get(id)!, archive, SEED_SITE);
const LUCAS_TITLE =
  'Letter dated 11 December 2015 from the Chair of the Intergovernmental Negotiations on Security Council reform to all Permanent Representatives and Permanent Observers to the United Nations';
const LUCAS_URL = 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/';
const UNDATED_TITLE = 'Undated letter from the 1 for 7 Billion campaign to the Secretary-General on his assumption of office';
const UNDATED_URL = 'https://un-letters.example.org/letters/undated-1-for-7-billion-civil-society/';

describe('citing the seed letters', () => {
  it('cites a letter signed by a person in the four styles', () => {
    expect(letterCitations(seed('2015-12-11-lucas-ign-meetings'))).toEqual([
      { style: 'chicago', label: 'Chicago (17th ed.)', text: `Lucas, Sylvie. “${LUCAS_TITLE}.” Letter, December 11, 2015. UN Letters Archive. ${LUCAS_URL}.` },
      { style: 'apa', label: 'APA (7th ed.)', text: `Lucas, S. (2015, December 11). ${LUCAS_TITLE} [Letter]. UN Letters Archive. ${LUCAS_URL}` },
      { style: 'bluebook', label: 'Bluebook (21st ed.)', text: `Sylvie Lucas, ${LUCAS_TITLE} (Dec. 11, 2015), ${LUCAS_URL}.` },
      { style: 'oscola', label: 'OSCOLA (4th ed.)', text: `Sylvie Lucas, '${LUCAS_TITLE}' (11 December 2015) <${LUCAS_URL}>` },
    ]);
  });

  it('cites the President of the General Assembly by name, with the date in each style\'s form', () => {
    const ref = seed('2015-12-14-lykketoft-ign-meetings');
    expect(chicagoCitation(ref)).toMatch(/^Lykketoft, Mogens\. “Letter dated 14 December 2015 from the President of the General Assembly .*\.” Letter, December 14, 2015\. /);
    expect(apaCitation(ref)).toMatch(/^Lykketoft, M\. \(2015, December 14\)\. /);
    expect(bluebookCitation(ref)).toContain('(Dec. 14, 2015), https://un-letters.example.org/letters/2015-12-14-lykketoft-ign-meetings/.');
    expect(oscolaCitation(ref)).toContain("Nations' (14 December 2015) <https://un-letters.example.org/letters/2015-12-14-lykketoft-ign-meetings/>");
  });

  it('cites an undated letter of a campaign under the campaign, with n.d. and the estimated year', () => {
    expect(letterCitations(seed('undated-1-for-7-billion-civil-society')).map((c) => c.text)).toEqual([
      `1 for 7 Billion. “${UNDATED_TITLE}.” Letter, n.d. [ca. 2017]. UN Letters Archive. ${UNDATED_URL}.`,
      `1 for 7 Billion. (n.d.). ${UNDATED_TITLE} [Letter]. UN Letters Archive. ${UNDATED_URL}`,
      `1 for 7 Billion, ${UNDATED_TITLE} (undated), ${UNDATED_URL}.`,
      `1 for 7 Billion, '${UNDATED_TITLE}' (undated) <${UNDATED_URL}>`,
    ]);
  });

  it('cites one paragraph with its number and its anchor', () => {
    expect(paragraphCitation(seed('2015-12-11-lucas-ign-meetings'), 3)).toBe(`Sylvie Lucas, “${LUCAS_TITLE},” letter, December 11, 2015, para. 3, ${LUCAS_URL}#p3.`);
    expect(paragraphCitation(seed('2015-12-11-lucas-ign-meetings'), '{n}')).toContain(', para. {n}, https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/#p{n}.');
  });
});

describe('citing a letter whose author puts the family name first', () => {
  const ban = (familyName: string | null, name = 'Ban Ki-moon'): LetterReference => ({
    id: '2010-02-25-ban', title: 'Letter dated 25 February 2010 from the Secretary-General addressed to the President of the Security Council',
    kind: 'letter', date: '2010-02-25', dateEstimate: null, symbol: 'S/2010/103', place: null,
    authors: [{ name, kind: 'person', role: null, familyName }], recipients: [], url: 'https://un-letters.example.org/letters/2010-02-25-ban/',
  });

  it('files Ban Ki-moon under Ban, in the order he writes his name, when his record gives the family name', () => {
    expect(chicagoCitation(ban('Ban'))).toMatch(/^Ban Ki-moon\. “Letter dated/);
    expect(apaCitation(ban('Ban'))).toMatch(/^Ban, K\.-m\. \(2010, February 25\)/);
  });

  it('reads the family name from the capitals of a name signed as BAN Ki-moon', () => {
    expect(chicagoCitation(ban(null, 'BAN Ki-moon'))).toMatch(/^Ban Ki-moon\. “/);
  });

  it('still files a name without a recorded family name under its last word', () => {
    expect(chicagoCitation(ban(null))).toMatch(/^Ki-moon, Ban\. “/);
  });
});

describe('citing a letter issued as a UN document', () => {
  const issued: LetterReference = {
    id: '2015-12-31-ban-letter',
    title: 'Identical letters dated 31 December 2015 from the Secretary-General addressed to the President of the General Assembly and the President of the Security Council',
    kind: 'identical-letters',
    date: '2015-12-31',
    dateEstimate: null,
    symbol: 'A/70/664',
    place: 'New York',
    authors: [
      { name: 'Amina J. Mohammed', kind: 'person', role: 'Deputy Secretary-General' },
      { name: 'Jan Eliasson', kind: 'person', role: null },
      { name: 'Executive Office of the Secretary-General', kind: 'body', role: null },
    ],
    recipients: [{ name: 'Mogens Lykketoft', kind: 'person', role: null }],
    url: 'https://un-letters.example.org/letters/2015-12-31-ban-letter/',
  };

  it('gives the document symbol in each style, and lists several authors', () => {
    expect(letterCitations(issued).map((c) => c.text)).toEqual([
      `Mohammed, Amina J., Jan Eliasson, and Executive Office of the Secretary-General. “${issued.title}.” Identical letters, December 31, 2015. UN Doc. A/70/664. UN Letters Archive. ${issued.url}.`,
      `Mohammed, A. J., Eliasson, J., & Executive Office of the Secretary-General. (2015, December 31). ${issued.title} (A/70/664) [Identical letters]. UN Letters Archive. ${issued.url}`,
      `Amina J. Mohammed, Jan Eliasson, and Executive Office of the Secretary-General, ${issued.title}, U.N. Doc. A/70/664 (Dec. 31, 2015), ${issued.url}.`,
      `Amina J. Mohammed, Jan Eliasson and Executive Office of the Secretary-General, '${issued.title}' (31 December 2015) UN Doc A/70/664 <${issued.url}>`,
    ]);
    expect(paragraphCitation(issued, 2)).toContain('December 31, 2015, UN Doc. A/70/664, para. 2, ');
  });
});

describe('dates in citations', () => {
  it.each([
    ['2015-12-11', 'December 11, 2015', 'Dec. 11, 2015'],
    ['2016-06-01', 'June 1, 2016', 'June 1, 2016'],
    ['2016-09-05', 'September 5, 2016', 'Sept. 5, 2016'],
  ])('writes %s as %s (Chicago, APA) and %s (Bluebook)', (iso, american, bluebook) => {
    expect(monthDayYear(iso)).toBe(american);
    expect(bluebookDate(iso)).toBe(bluebook);
  });
});
