import { describe, expect, it } from 'vitest';
import { discoverPeople, entityIdFor, findOrganisations, findPeople, type EntityContext } from '../../../src/lib/ingest/find-entities.ts';
import { buildNameIndex } from '../../../src/lib/ingest/name-index.ts';

/** An archive that knows Mogens Lykketoft and the United Nations, and records what is added to it. */
function archive() {
  const addedPeople: string[] = [];
  const addedStates: string[] = [];
  const context: EntityContext = {
    people: buildNameIndex([
      { id: 'mogens-lykketoft', form: 'Mogens Lykketoft' },
      { id: 'mogens-lykketoft', form: 'Mr. Lykketoft' },
    ]),
    organisations: buildNameIndex([{ id: 'united-nations', form: 'United Nations' }]),
    personName: (id) => (id === 'mogens-lykketoft' ? 'Mogens Lykketoft' : undefined),
    personBySurname: (surname) => (surname === 'Lykketoft' ? 'mogens-lykketoft' : undefined),
    addPerson: (name) => (addedPeople.push(name), entityIdFor(name)),
    addState: (name) => (addedStates.push(name), entityIdFor(name)),
  };
  return { context, addedPeople, addedStates };
}

describe('findPeople', () => {
  it('does not take a place or a thing named after a person for the person', () => {
    const { context } = archive();
    const named = 'The reading room of the Mogens Lykketoft Library opened; Mogens Lykketoft spoke.';
    expect(findPeople(named, context, []).map((p) => named.slice(p.start, p.end))).toEqual(['Mogens Lykketoft']);
    expect(findPeople(named, context, [])[0]!.start).toBe(named.lastIndexOf('Mogens'));
  });

  const text = 'H.E. Ms. Sylvie Lucas met Mogens Lykketoft, Mr. Lykketoft, Ambassador Roe, President Smith and Mr. Miguel de Serpa Soares.';

  it('finds known names and aliases, and full names after an honorific, in the order they stand', () => {
    const { context } = archive();
    const people = findPeople(text, context, [{ id: 'jane-roe', name: 'Jane Roe' }]);
    expect(people.map((p) => [p.id, text.slice(p.start, p.end)])).toEqual([
      ['sylvie-lucas', 'Sylvie Lucas'],
      ['mogens-lykketoft', 'Mogens Lykketoft'],
      ['mogens-lykketoft', 'Mr. Lykketoft'],
      ['jane-roe', 'Roe'],
      ['miguel-de-serpa-soares', 'Miguel de Serpa Soares'],
    ]);
  });

  it('adds to the archive the people it names in full that it did not know, and no one else', () => {
    const { context, addedPeople } = archive();
    findPeople(text, context, [{ id: 'jane-roe', name: 'Jane Roe' }]);
    expect(addedPeople).toEqual(['Sylvie Lucas', 'Miguel de Serpa Soares']);
  });

  it('reads a family name alone after an honorific as the one person of the archive who has it', () => {
    const { context } = archive();
    const said = 'I thank President Lykketoft.';
    expect(findPeople(said, context, []).map((p) => [p.id, said.slice(p.start, p.end)])).toEqual([['mogens-lykketoft', 'Lykketoft']]);
  });

  it('does not take an office after an honorific for a name', () => {
    const { context, addedPeople } = archive();
    expect(findPeople('H.E. Mr. President of the General Assembly', context, [])).toEqual([]);
    expect(addedPeople).toEqual([]);
  });
});

describe('discoverPeople', () => {
  it('makes known the people named in full after an honorific, without marking anything', () => {
    const { context, addedPeople } = archive();
    discoverPeople('We thank H.E. Ms. Amina J. Mohammed and Ambassador Roe.', context);
    expect(addedPeople).toEqual(['Amina J. Mohammed']);
  });
});

describe('findOrganisations', () => {
  it('finds known organisations and the State of a Permanent Representative', () => {
    const { context, addedStates } = archive();
    const text = 'the Permanent Representative of Luxembourg to the United Nations';
    expect(findOrganisations(text, context).map((o) => [o.id, text.slice(o.start, o.end)])).toEqual([
      ['luxembourg', 'Luxembourg'],
      ['united-nations', 'United Nations'],
    ]);
    expect(addedStates).toEqual(['Luxembourg']);
  });

  it('reads a State named with "the" without it', () => {
    const { context, addedStates } = archive();
    findOrganisations('the Permanent Mission of the Republic of Korea to the United Nations', context);
    expect(addedStates).toEqual(['Republic of Korea']);
  });
});

describe('entityIdFor', () => {
  it.each([
    ['António Guterres', 'antonio-guterres'],
    ['Miguel de Serpa Soares', 'miguel-de-serpa-soares'],
    ['???', 'unnamed'],
  ])('gives %j the id %j', (name, id) => {
    expect(entityIdFor(name)).toBe(id);
  });
});
