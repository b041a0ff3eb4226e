import { describe, expect, it } from 'vitest';
import { findLetterReferences, resolveReferences } from '../../../src/lib/ingest/find-letter-references.ts';

/** The references found, without their offsets. */
const found = (text: string) => findLetterReferences(text).map(({ start: _start, ...rest }) => rest);

// The sentences are those of real Security Council letters (the shared corpus), line breaks and all.
describe('findLetterReferences', () => {
  it.each([
    [
      'I have the honour to inform you that your letter dated 14 February 2022\n(S/2022/125), regarding the update',
      [{ description: 'your letter dated 14 February 2022 (S/2022/125)', relation: 'answers', date: '2022-02-14', symbol: 'S/2022/125' }],
    ],
    [
      'Pursuant to my letter dated 23 October 2015, in which I informed Member States',
      [{ description: 'my letter dated 23 October 2015', relation: 'follows', date: '2015-10-23', symbol: null }],
    ],
    [
      'I have the honour to transmit a letter dated 12 February 2013 from the Interim\nPresident of Mali.',
      [{ description: 'transmit a letter dated 12 February 2013 from the Interim President of Mali', relation: 'transmits', date: '2013-02-12', symbol: null }],
    ],
    [
      'I have the honour to transmit herewith a letter from the Chair of the Committee.',
      [{ description: 'transmit herewith a letter from the Chair of the Committee', relation: 'transmits', date: null, symbol: null }],
    ],
    [
      'In connection with the letter dated 18 March 2011 from the President of the\nSecurity Council, I wish to inform you',
      [{ description: 'the letter dated 18 March 2011 from the President of the Security Council', relation: 'cites', date: '2011-03-18', symbol: null }],
    ],
    [
      'Further to my letter of 11 January 2005 (S/2005/96) to the President',
      [{ description: 'my letter of 11 January 2005 (S/2005/96)', relation: 'follows', date: '2005-01-11', symbol: 'S/2005/96' }],
    ],
    [
      'and in accordance with the letter from the President of the Security Council dated\n21 December 2007 (S/2007/754), I have',
      [{ description: 'the letter from the President of the Security Council dated 21 December 2007 (S/2007/754)', relation: 'cites', date: '2007-12-21', symbol: 'S/2007/754' }],
    ],
    [
      'Further to your letter from 3 March, and to the letter dated 4 May 2009 from the Chair',
      [{ description: 'the letter dated 4 May 2009 from the Chair', relation: 'cites', date: '2009-05-04', symbol: null }],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a reference to two letters as two, each with its symbol', () => {
    const text = 'Further to my letters dated 24 and 31 October 2018 (S/2018/955 and S/2018/979), I write';
    expect(found(text).map((r) => [r.date, r.symbol])).toEqual([['2018-10-24', 'S/2018/955'], ['2018-10-31', 'S/2018/979']]);
  });

  it('finds nothing in a letter that names no other letter', () => {
    expect(found('I have the honour to inform you of the adoption of resolution 2553 (2020) on 3 December 2020.')).toEqual([]);
  });
});

describe('resolveReferences', () => {
  const sg = { person: 'antonio-guterres' };
  const president = { group: 'President of the Security Council' };
  const known = [
    { id: 'sg-16', date: '2022-02-16', symbol: null, senders: [sg], recipients: [president] },
    { id: 'president-16', date: '2022-02-16', symbol: null, senders: [{ role: 'President of the Security Council' }], recipients: [sg] },
  ];
  const citing = { id: 'reply', date: '2022-02-21', symbol: null, senders: [{ role: 'President of the Security Council' }], recipients: [sg] };

  it('gives "your letter" of a day with two letters to the one from the addressee, and leaves an unknown day unresolved', () => {
    const references = findLetterReferences('your letter dated 16 February 2022 and your letter dated 17 February 2022');
    expect(resolveReferences(references, citing, known).map((r) => r.letter)).toEqual(['sg-16', null]);
  });
});
