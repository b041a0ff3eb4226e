import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { groupBy, letterDateText, letterUrl, recipientNames, roleOnLetterDate, senderNames, summarizeLetter } from '../../../src/lib/archive/describe.ts';
import { makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';

const archive = buildArchive({
  people: [
    makePerson('mogens-lykketoft', 'Mogens Lykketoft', [
      { title: 'President of the General Assembly at its seventieth session', from: '2015-09-15', to: '2016-09-12' },
    ]),
    makePerson('antonio-guterres', 'António Guterres', [
      { title: 'Secretary-General', from: '2017-01-01' },
      { title: 'Chair', from: '2016-01-01', to: '2017-06-30' },
    ]),
  ],
  organisations: [makeOrganisation('1-for-7-billion', '1 for 7 Billion'), makeOrganisation('general-assembly', 'General Assembly')],
  documents: [],
  letters: [
    makeLetter('cover', {
      title: 'Letter dated 14 December 2015',
      date: '2015-12-14',
      senders: [{ person: 'mogens-lykketoft', organisation: 'general-assembly' }],
      recipients: [{ group: 'All Permanent Representatives to the United Nations' }],
    }),
    makeLetter('undated', {
      title: 'Undated letter',
      date: null,
      dateEstimate: '2017-01-01',
      senders: [{ organisation: '1-for-7-billion', name: 'The 1 for 7 Billion campaign' }, { organisation: '1-for-7-billion' }, { role: 'Coordinator' }],
      recipients: [{ person: 'antonio-guterres', role: 'Secretary-General' }, { organisation: 'general-assembly' }, { role: 'Member States' }],
    }),
  ],
});
const cover = archive.letterById.get('cover')!;
const undated = archive.letterById.get('undated')!;

describe('describing a letter', () => {
  it('gives the address of its page', () => {
    expect(letterUrl('2015-12-14-lykketoft-ign-meetings')).toBe('/letters/2015-12-14-lykketoft-ign-meetings/');
  });

  it('writes its own date, or marks an estimate as such', () => {
    expect(letterDateText(cover)).toBe('14 December 2015');
    expect(letterDateText(undated)).toBe('Undated (c. 1 January 2017)');
  });

  it('names senders by person, then name as signed, then organisation, then role', () => {
    expect(senderNames(cover, archive)).toBe('Mogens Lykketoft');
    expect(senderNames(undated, archive)).toBe('The 1 for 7 Billion campaign; 1 for 7 Billion; Coordinator');
  });

  it('names addressees by person, organisation, group or role', () => {
    expect(recipientNames(cover, archive)).toBe('All Permanent Representatives to the United Nations');
    expect(recipientNames(undated, archive)).toBe('António Guterres; General Assembly; Member States');
  });

  it('summarises it for listings', () => {
    expect(summarizeLetter(undated, archive)).toEqual({
      id: 'undated',
      url: '/letters/undated/',
      title: 'Undated letter',
      dateText: 'Undated (c. 1 January 2017)',
      isoDate: '2017-01-01',
      from: 'The 1 for 7 Billion campaign; 1 for 7 Billion; Coordinator',
      to: 'António Guterres; General Assembly; Member States',
    });
  });
});

describe('roleOnLetterDate', () => {
  it.each([
    ['the role a person held on the letter\'s date', 'mogens-lykketoft', 'cover', 'President of the General Assembly at its seventieth session'],
    ['every role held that day, joined', 'antonio-guterres', 'undated', 'Secretary-General; Chair'],
    ['no role after the person\'s roles ended', 'mogens-lykketoft', 'undated', null],
    ['no role before the person\'s roles began', 'antonio-guterres', 'cover', null],
    ['no role for someone the archive does not know', 'nobody', 'cover', null],
  ])('gives %s', (_, person, letter, role) => {
    expect(roleOnLetterDate(person, archive.letterById.get(letter)!, archive)).toBe(role);
  });
});

describe('groupBy', () => {
  it('groups items by key in the order keys first appear, keeping item order', () => {
    const items = ['2016-b', '2015-a', '2016-c', '2014-d'];
    expect(groupBy(items, (s) => s.slice(0, 4))).toEqual([
      ['2016', ['2016-b', '2016-c']],
      ['2015', ['2015-a']],
      ['2014', ['2014-d']],
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupBy([], String)).toEqual([]);
  });
});
