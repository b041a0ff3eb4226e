import { describe, expect, it } from 'vitest';
import { loadContentArchive, seedEntityIds } from '../../support/content-archive.ts';
import { peopleWithRegister } from '../../../src/lib/archive/register-entities.ts';
import { loadRegister } from '../../../src/data/register-loader.ts';
import { makePerson } from '../../fixtures/archive.ts';
import { contentDir } from '../../support/paths.ts';

describe('the register\'s office-holders and States in the seed archive', () => {
  const archive = loadContentArchive();
  const register = archive.register;

  it('makes every office-holder and appointee a person, once, and keeps every person of content/people', () => {
    const holders = new Set([...register.offices.terms.map((t) => t.person), ...register.appointments.map((a) => a.person)]);
    // Amina J. Mohammed is the person amina-mohammed, whose file names her so among its aliases.
    holders.delete('amina-j-mohammed');
    holders.add('amina-mohammed');
    // Iain Bonomy, appointed a judge of the Residual Mechanism, is the person lord-iain-bonomy, whose file names him so.
    holders.delete('iain-bonomy');
    expect(archive.people.get('lord-iain-bonomy')?.data.roles).toContainEqual(expect.objectContaining({ title: 'judge of the International Residual Mechanism for Criminal Tribunals' }));
    expect([...archive.people.keys()].sort()).toEqual([...new Set([...holders, ...seedEntityIds('people')])].sort());
  });

  it('makes the 195 States organisations of kind member-state, Luxembourg\'s file among them', () => {
    const states = [...archive.organisations.values()].filter((o) => o.data.kind === 'member-state');
    expect(states).toHaveLength(195);
    expect(archive.organisations.get('turkiye')?.data).toMatchObject({ name: 'Türkiye', aliases: ['Turkey', 'Turkiye'] });
    expect(archive.organisations.get('luxembourg')?.data.kind).toBe('member-state');
  });

  it('gives Ban Ki-moon his term as Secretary-General with its source and State', () => {
    expect(archive.people.get('ban-ki-moon')?.data.roles).toEqual([
      expect.objectContaining({ title: 'Secretary-General of the United Nations', organisation: 'united-nations', from: '2007-01-01', to: '2016-12-31', state: 'republic-of-korea', unverified: false, source: expect.stringContaining('britannica.com') }),
    ]);
  });

  it('merges a person of content/people with the register: roles added, the editor\'s same role replaced, not listed twice', () => {
    const lykketoft = archive.people.get('mogens-lykketoft')!.data;
    expect(lykketoft.honorific).toBe('H.E. Mr.');
    expect(lykketoft.roles).toEqual([expect.objectContaining({ title: 'President of the General Assembly at its seventieth session', from: '2015-09-15', to: '2016-09-13', state: 'denmark' })]);
    const lucas = archive.people.get('sylvie-lucas')!.data.roles.map((r) => [r.title, r.from, r.unverified]);
    expect(lucas).toEqual([
      ['Permanent Representative of Luxembourg to the United Nations', null, false],
      ['President of the Security Council', '2014-03-01', true],
      ['Chair of the Intergovernmental Negotiations on Security Council reform', '2015-10-23', false],
    ]);
  });

  it('keeps the editor\'s spelling of a name and files the register\'s among the aliases (Volkan Bozkir, Bozkır)', () => {
    expect(archive.people.get('volkan-bozkir')?.data).toMatchObject({ name: 'Volkan Bozkir', aliases: expect.arrayContaining(['Volkan Bozkır']) });
  });

  it('marks a role of an unverified row unverified (Mark Malloch Brown, Deputy Secretary-General)', () => {
    expect(archive.people.get('mark-malloch-brown')?.data.roles).toEqual([expect.objectContaining({ title: 'Deputy Secretary-General of the United Nations', unverified: true })]);
  });

  it('adds a month the editor did not write and replaces the months the editor did (the fixture\'s Nebenzia)', () => {
    const register = loadRegister(contentDir);
    const editor = makePerson('vassily-nebenzia', 'Vassily Nebenzia', [{ title: 'President of the Security Council', organisation: 'security-council', from: '2022-02-01', to: '2022-02-28' }]);
    const [nebenzia] = peopleWithRegister(register, [editor], new Set(['security-council'])).filter((p) => p.id === 'vassily-nebenzia');
    const months = nebenzia!.data.roles.map((r) => [r.from, r.source !== null]);
    expect(months).toEqual([['2018-06-01', true], ['2019-09-01', true], ['2020-10-01', true], ['2022-02-01', true], ['2023-04-01', true]]);
  });

  it('sorts letters into sessions by the register\'s opening dates', () => {
    expect(archive.letterById.get('2015-12-14-lykketoft-ign-meetings')?.session).toBe(70);
  });
});
