import { describe, expect, it } from 'vitest';
import { entityIdFor, type EntityContext } from '../../../src/lib/ingest/find-entities.ts';
import { authorRole, recipientFromTitle, resolveRecipients, resolveSenders, senderRoleFromTitle } from '../../../src/lib/ingest/letter-parties.ts';
import { buildNameIndex } from '../../../src/lib/ingest/name-index.ts';
import { readHeader } from '../../../src/lib/ingest/read-header.ts';

const headerOf = (text: string) => readHeader(text.split('\n').map((line, i) => ({ n: i + 1, text: line })));

function archive() {
  const addedPeople: string[] = [];
  const context: EntityContext = {
    people: buildNameIndex([
      { id: 'volkan-bozkir', form: 'Volkan Bozkir' },
      { id: 'volkan-bozkir', form: 'Mr Bozkir' },
      { id: 'ben-donaldson', form: 'Ben Donaldson' },
    ]),
    organisations: buildNameIndex([]),
    personName: (id) => ({ 'volkan-bozkir': 'Volkan Bozkir', 'ben-donaldson': 'Ben Donaldson' })[id],
    personBySurname: () => undefined,
    addPerson: (name) => (addedPeople.push(name), entityIdFor(name)),
    addState: (name) => entityIdFor(name),
  };
  return { context, addedPeople };
}

const irishTitle = 'Letter dated 18 March 2016 from the Permanent Representative of Ireland to the United Nations addressed to the President of the Security Council';

describe('what a title says of sender and addressee', () => {
  it.each([
    [irishTitle, 'Permanent Representative of Ireland', 'President of the Security Council'],
    ['Letter dated 1 May 2017 from the Secretary-General to all Member States', 'Secretary-General', 'all Member States'],
    ['Identical letters dated 3 June 2019 from the Secretary-General addressed to the President of the General Assembly and the President of the Security Council', 'Secretary-General', 'President of the General Assembly and the President of the Security Council'],
  ])('reads the sender and addressee of %j', (title, sender, recipient) => {
    expect(senderRoleFromTitle(title)).toBe(sender);
    expect(recipientFromTitle(title)).toBe(recipient);
  });

  it('reads nothing from no title', () => {
    expect(senderRoleFromTitle(null)).toBeNull();
    expect(recipientFromTitle(null)).toBeNull();
  });
});

describe('authorRole', () => {
  it.each([
    ['THE PRESIDENT OF THE GENERAL ASSEMBLY\n\n29 January 2024\n\nExcellency,', 'President Of The General Assembly'],
    ['The Permanent Mission of Japan to the United Nations presents its compliments to the Secretary-General and has the honour to transmit a report.', 'The Permanent Mission of Japan to the United Nations'],
    ['28 January 2021\n\nDear Mr Bozkir,', null],
  ])('gives the author that the head of %j names', (text, role) => {
    expect(authorRole(headerOf(text))).toBe(role);
  });
});

describe('resolveSenders', () => {
  it('links a signatory the archive knows, keeping the name and role as signed', () => {
    const { context, addedPeople } = archive();
    const senders = resolveSenders([{ name: 'Ben Donaldson', role: 'on behalf of the 1 for 7 Billion team', line: 31 }], headerOf('28 January 2021'), context);
    expect(senders).toEqual([{ name: 'Ben Donaldson', role: 'on behalf of the 1 for 7 Billion team', person: 'ben-donaldson', organisation: null }]);
    expect(addedPeople).toEqual([]);
  });

  it('adds a signatory the archive does not know, filed under the name in title case', () => {
    const { context, addedPeople } = archive();
    const [sender] = resolveSenders([{ name: 'KOFI A. ANNAN', role: 'Secretary-General', line: 2 }], headerOf(''), context);
    expect(sender).toEqual({ name: 'KOFI A. ANNAN', role: 'Secretary-General', person: 'kofi-a-annan', organisation: null });
    expect(addedPeople).toEqual(['Kofi A. Annan']);
  });

  it('gives a Permanent Representative the State they represent', () => {
    const { context } = archive();
    const [sender] = resolveSenders([{ name: 'Jane Roe', role: 'Permanent Representative of Luxembourg to the United Nations', line: 9 }], headerOf(''), context);
    expect(sender!.organisation).toBe('luxembourg');
  });

  it('lets the mission of an unsigned note verbale sign it, for its State', () => {
    const { context } = archive();
    const header = headerOf('The Permanent Mission of Japan to the United Nations presents its compliments to the Secretary-General and has the honour to transmit a report.');
    expect(resolveSenders([], header, context)).toEqual([{ name: null, role: 'The Permanent Mission of Japan to the United Nations', person: null, organisation: 'japan' }]);
  });

  it('leaves an unsigned letter without a sender', () => {
    const { context } = archive();
    expect(resolveSenders([], headerOf('THE PRESIDENT OF THE GENERAL ASSEMBLY\n\nText.'), context)).toEqual([]);
  });
});

describe('resolveRecipients', () => {
  it('takes the addressee of the title before any other', () => {
    const { context } = archive();
    expect(resolveRecipients(['All Permanent Representatives'], [], headerOf(irishTitle), context)).toEqual([{ text: 'President of the Security Council', person: null }]);
  });

  it('takes the "To" lines of a letter with no title', () => {
    const { context } = archive();
    expect(resolveRecipients(['All Permanent Representatives to the United Nations'], [], headerOf('Excellency,'), context)).toEqual([
      { text: 'All Permanent Representatives to the United Nations', person: null },
    ]);
  });

  it('takes the addressee of the salutation last, by full name when the archive knows them', () => {
    const { context } = archive();
    expect(resolveRecipients([], [], headerOf('Dear Mr Bozkir,'), context)).toEqual([{ text: 'Volkan Bozkir', person: 'volkan-bozkir' }]);
  });

  it.each(['Excellency,', 'Dear Mr. President,', 'Dear Colleagues,', 'Dear Sir,'])('reads no addressee from the salutation %j alone', (salutation) => {
    const { context } = archive();
    expect(resolveRecipients([], [], headerOf(salutation), context)).toEqual([]);
  });

  it('reads "Dear Secretary-General" as addressed to the Secretary-General', () => {
    const { context } = archive();
    expect(resolveRecipients([], [], headerOf('Dear Secretary-General,'), context)).toEqual([{ text: 'Secretary-General', person: null }]);
  });
});
