import { describe, expect, it } from 'vitest';
import { buildArchive, compareNewestFirst, documentSlug } from '../../../src/lib/archive/archive.ts';
import { makeDocument, makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';

const people = [makePerson('mogens-lykketoft', 'Mogens Lykketoft'), makePerson('sylvie-lucas', 'Sylvie Lucas')];
const organisations = [makeOrganisation('general-assembly', 'General Assembly')];
const documents = [makeDocument('a-res-69-321', 'A/RES/69/321'), makeDocument('a-dec-62-557', 'A/DEC/62/557')];
const letters = [
  makeLetter('old', { date: '2015-12-11', senders: [{ person: 'sylvie-lucas' }] }, [
    '',
    'Recalling <DocRef symbol="A/RES/69/321">resolution 69/321</DocRef>. It matters.',
    '',
    'Again <DocRef symbol="A/RES/69/321">69/321</DocRef> and <DateRef date="2015-10-23">23 October 2015</DateRef>.',
  ].join('\n')),
  makeLetter('b-same-day', { date: '2015-12-14', senders: [{ person: 'mogens-lykketoft', organisation: 'general-assembly' }] }, [
    '<PersonRef id="sylvie-lucas">Ms. Lucas</PersonRef> wrote on <DateRef date="2015-12-11">11 December 2015</DateRef>.',
    '',
    'See also <DocRef symbol="A/RES/69/321">resolution 69/321</DocRef>.',
  ].join('\n')),
  makeLetter('a-same-day', { date: '2015-12-14', recipients: [{ person: 'sylvie-lucas' }, { organisation: 'general-assembly' }] }, 'The <OrgRef id="general-assembly">Assembly</OrgRef> met.'),
  makeLetter('undated', { date: null, dateEstimate: '2017-01-01', senders: [{ organisation: 'general-assembly' }] }, 'No mentions.'),
];
const archive = buildArchive({ letters, people, organisations, documents });

describe('buildArchive', () => {
  it('orders letters newest first, an undated letter by its estimate, letters of one day by id', () => {
    expect(archive.letters.map((l) => l.id)).toEqual(['undated', 'a-same-day', 'b-same-day', 'old']);
    expect(archive.letters.map((l) => l.sortDate)).toEqual(['2017-01-01', '2015-12-14', '2015-12-14', '2015-12-11']);
  });

  it('orders the same letters the same way whatever order the collection hands them over', () => {
    const shuffled = buildArchive({ letters: [...letters].reverse(), people, organisations, documents });
    expect(shuffled.letters.map((l) => l.id)).toEqual(archive.letters.map((l) => l.id));
  });

  it('links each letter to the previous (older) and next (newer) one', () => {
    expect(archive.letters.map((l) => [l.id, l.previous, l.next])).toEqual([
      ['undated', 'a-same-day', null],
      ['a-same-day', 'b-same-day', 'undated'],
      ['b-same-day', 'old', 'a-same-day'],
      ['old', null, 'b-same-day'],
    ]);
  });

  it('finds every letter by id', () => {
    expect([...archive.letterById.keys()].sort()).toEqual(['a-same-day', 'b-same-day', 'old', 'undated']);
    expect(archive.letterById.get('old')!.data.date).toBe('2015-12-11');
  });

  it('derives the session from the date unless the letter states it', () => {
    expect(archive.letterById.get('old')!.session).toBe(70);
    expect(archive.letterById.get('undated')!.session).toBe(71);
    const stated = buildArchive({ letters: [makeLetter('x', { date: '2015-12-11', session: 69 })], people, organisations, documents });
    expect(stated.letters[0]!.session).toBe(69);
  });

  it('lists what each letter names, each once, in order of first mention', () => {
    const old = archive.letterById.get('old')!;
    expect(old.documents).toEqual(['A/RES/69/321']);
    expect(old.dates).toEqual(['2015-10-23']);
    expect(archive.letterById.get('b-same-day')!.people).toEqual(['sylvie-lucas']);
    expect(archive.letterById.get('a-same-day')!.organisations).toEqual(['general-assembly']);
  });

  it('gives each document the citations of every letter, oldest letter first, with paragraph and sentence', () => {
    const resolution = archive.documents.get('A/RES/69/321')!;
    expect(resolution.citations).toEqual([
      { letter: 'old', paragraph: 1, sentence: 'Recalling resolution 69/321.', text: 'resolution 69/321' },
      { letter: 'old', paragraph: 2, sentence: 'Again 69/321 and 23 October 2015.', text: '69/321' },
      { letter: 'b-same-day', paragraph: 2, sentence: 'See also resolution 69/321.', text: 'resolution 69/321' },
    ]);
    expect(archive.documents.get('A/DEC/62/557')!.citations).toEqual([]);
  });

  it('describes each document and links it to its official text when it has one', () => {
    const resolution = archive.documents.get('A/RES/69/321')!;
    expect([resolution.id, resolution.label, resolution.url]).toEqual(['a-res-69-321', 'resolution 69/321', 'https://undocs.org/A/RES/69/321']);
    const decision = archive.documents.get('A/DEC/62/557')!;
    expect([decision.label, decision.url]).toEqual(['decision 62/557', null]);
  });

  it('records who sent, received and is named in which letter', () => {
    const lucas = archive.people.get('sylvie-lucas')!;
    expect(lucas.sent).toEqual(['old']);
    expect(lucas.received).toEqual(['a-same-day']);
    expect(lucas.mentioned.map((c) => [c.letter, c.paragraph, c.text])).toEqual([['b-same-day', 1, 'Ms. Lucas']]);
    expect(archive.people.get('mogens-lykketoft')!.sent).toEqual(['b-same-day']);
    const assembly = archive.organisations.get('general-assembly')!;
    expect(assembly.sent).toEqual(['b-same-day', 'undated']);
    expect(assembly.received).toEqual(['a-same-day']);
    expect(assembly.mentioned.map((c) => c.letter)).toEqual(['a-same-day']);
  });

  it('gathers per day the letters sent on it and the letters naming it; an undated letter was sent on no day', () => {
    expect([...archive.days.keys()].sort()).toEqual(['2015-10-23', '2015-12-11', '2015-12-14']);
    expect(archive.days.get('2015-12-11')!.sent).toEqual(['old']);
    expect(archive.days.get('2015-12-11')!.mentioned.map((c) => c.letter)).toEqual(['b-same-day']);
    expect([...archive.days.get('2015-12-14')!.sent].sort()).toEqual(['a-same-day', 'b-same-day']);
    expect(archive.days.get('2015-12-14')!.mentioned).toEqual([]);
    expect(archive.days.get('2015-10-23')!).toEqual({ sent: [], mentioned: [expect.objectContaining({ letter: 'old', paragraph: 2 })] });
  });
});

describe('compareNewestFirst', () => {
  const letter = (sortDate: string, id: string) => ({ sortDate, id });
  it.each([
    ['puts a later date first', letter('2016-01-01', 'z'), letter('2015-01-01', 'a'), -1],
    ['puts an earlier date last', letter('2015-01-01', 'a'), letter('2016-01-01', 'z'), 1],
    ['puts the smaller id first on one day', letter('2015-01-01', 'a'), letter('2015-01-01', 'b'), -1],
    ['puts the larger id last on one day', letter('2015-01-01', 'b'), letter('2015-01-01', 'a'), 1],
    ['finds a letter equal to itself', letter('2015-01-01', 'a'), letter('2015-01-01', 'a'), 0],
  ])('%s', (_, a, b, order) => {
    expect(compareNewestFirst(a, b)).toBe(order);
  });
});

describe('documentSlug', () => {
  it('is the slug of the symbol, which names the document file', () => {
    expect(documentSlug('A/DEC/62/557')).toBe('a-dec-62-557');
  });
});
