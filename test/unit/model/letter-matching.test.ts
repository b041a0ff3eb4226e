import { describe, expect, it } from 'vitest';
import { matchLetter, roleKey, type LetterClue, type MatchLetter } from '../../../src/lib/model/letter-matching.ts';

// The real exchange of February 2022 (S/2022/125, 126, 140, 141, 142): two letters bear 16 February 2022,
// one from the President of the Security Council, one from the Secretary-General.
const SG = { person: 'antonio-guterres' };
const PRESIDENT = { person: 'vassily-nebenzia', role: 'President of the Security Council', organisation: 'security-council' };
const TO_PRESIDENT = { organisation: 'security-council', role: 'President of the Security Council' };
const letter = (id: string, date: string, symbol: string | null, senders: MatchLetter['senders'], recipients: MatchLetter['recipients']): MatchLetter => ({
  id, date, symbol, senders, recipients,
});
const s125 = letter('s125', '2022-02-14', 'S/2022/125', [SG], [TO_PRESIDENT]);
const s126 = letter('s126', '2022-02-16', 'S/2022/126', [PRESIDENT], [SG]);
const s141 = letter('s141', '2022-02-16', 'S/2022/141', [SG], [TO_PRESIDENT]);
const s142 = letter('s142', '2022-02-21', 'S/2022/142', [PRESIDENT], [SG]);
const followUp = letter('follow', '2022-02-25', null, [PRESIDENT], [SG]);
const ARCHIVE = [s125, s126, s141, s142, followUp];
const clue = (relation: LetterClue['relation'], date: string | null, symbol: string | null = null): LetterClue => ({ relation, date, symbol });

describe('matchLetter', () => {
  it.each([
    ['a symbol names its letter whatever the date', clue('cites', null, 'S/2022/125'), s142, 's125'],
    ['"your letter dated 16 February 2022" from the President is the Secretary-General\'s letter of that day', clue('answers', '2022-02-16'), s142, 's141'],
    ['"your letter dated 16 February 2022" to the President is the President\'s letter of that day', clue('answers', '2022-02-16'), letter('x', '2022-02-20', null, [SG], [TO_PRESIDENT]), 's126'],
    ['"my letter dated 16 February 2022" from the President is the President\'s own', clue('follows', '2022-02-16'), followUp, 's126'],
    ['"your letter dated 14 February 2022 (S/2022/125)" is S/2022/125', clue('answers', '2022-02-14', 'S/2022/125'), s142, 's125'],
  ])('%s', (_name, reference, citing, expected) => {
    expect(matchLetter(reference, citing, ARCHIVE)?.id).toBe(expected);
  });

  it.each([
    ['a date the archive holds no letter of', clue('answers', '2022-03-01')],
    ['a symbol the archive lacks, dated a day whose letters bear other symbols (S/2022/139 of 16 February)', clue('answers', '2022-02-16', 'S/2022/139')],
    ['a bare date with two letters that day and nothing to tell them apart', clue('cites', '2022-02-16')],
    ['a reference with neither date nor symbol', clue('answers', null)],
  ])('stays unresolved for %s', (_name, reference) => {
    expect(matchLetter(reference, s142, ARCHIVE)).toBeNull();
  });

  it('never names the letter that makes the reference', () => {
    expect(matchLetter(clue('cites', null, 'S/2022/142'), s142, ARCHIVE)).toBeNull();
  });

  it('finds a transmitted letter among those the letter encloses', () => {
    const cover = { ...letter('cover', '2022-02-16', null, [SG], [TO_PRESIDENT]), encloses: ['s126'] };
    expect(matchLetter(clue('transmits', '2022-02-16'), cover, [...ARCHIVE, cover])?.id).toBe('s126');
  });

  it('reads roles alike however they are written', () => {
    expect(roleKey('The  Secretary-General of the United Nations')).toBe(roleKey('Secretary-General'));
  });
});
