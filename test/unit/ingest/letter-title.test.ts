import { describe, expect, it } from 'vitest';
import type { ResolvedSender } from '../../../src/lib/ingest/letter-parties.ts';
import { composeLetterId, composeTitle } from '../../../src/lib/ingest/letter-title.ts';

const sender = (name: string | null, role: string | null): ResolvedSender => ({ name, role, person: null, organisation: null });
const to = (text: string) => ({ text, person: null });

describe('composeTitle', () => {
  it.each([
    [
      'a letter signed with an office',
      ['letter', '2015-12-14', [sender('Mogens Lykketoft', 'President of the General Assembly')], [to('All Permanent Representatives')], null],
      'Letter dated 14 December 2015 from the President of the General Assembly to all Permanent Representatives',
    ],
    [
      'a letter signed on behalf of a team, named by its signatory',
      ['letter', '2021-01-28', [sender('Ben Donaldson', 'on behalf of the 1 for 7 Billion team')], [to('Volkan Bozkir')], null],
      'Letter dated 28 January 2021 from Ben Donaldson to Volkan Bozkir',
    ],
    [
      'a signatory of several offices, named by the last',
      ['letter', '2015-12-11', [sender('Sylvie Lucas', 'Ambassador, Permanent Representative Chair of the Intergovernmental Negotiations on Security Council reform')], [to('President of the Security Council')], null],
      'Letter dated 11 December 2015 from the Chair of the Intergovernmental Negotiations on Security Council reform to the President of the Security Council',
    ],
    [
      'an undated letter of a campaign',
      ['letter', null, [sender(null, 'The 1 for 7 Billion campaign')], [to('Secretary-General')], null],
      'Undated letter from The 1 for 7 Billion campaign to the Secretary-General',
    ],
    [
      'an unsigned letter with a letterhead',
      ['letter', '2024-01-29', [], [], 'President of the General Assembly'],
      'Letter dated 29 January 2024 from the President of the General Assembly',
    ],
    ['a note verbale with no sender', ['note-verbale', null, [], [], null], 'Undated note verbale from an unidentified sender'],
  ] as const)('titles %s', (_, [kind, date, senders, recipients, author], title) => {
    expect(composeTitle(kind, date, senders, recipients, author)).toBe(title);
  });
});

describe('composeLetterId', () => {
  it.each([
    ['a date and a family name', '2015-12-14', [sender('Mogens Lykketoft', null)], null, null, '2015-12-14-lykketoft'],
    ['no date and a role', null, [sender(null, 'The 1 for 7 Billion campaign')], null, null, 'undated-1-for-7-billion'],
    ['the symbol of the document', '2016-03-18', [], 'S/2016/263', 'Permanent Representative of Ireland', '2016-03-18-permanent-representative-of-ireland-s-2016-263'],
    ['nothing to go on', null, [], null, null, 'undated-letter'],
    ['an accented family name', '2017-01-01', [sender('António Guterres', null)], null, null, '2017-01-01-guterres'],
  ] as const)('builds an id from %s', (_, date, senders, symbol, author, id) => {
    expect(composeLetterId(date, senders, symbol, author)).toBe(id);
  });
});
