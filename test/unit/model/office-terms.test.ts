import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/lib/model/register.ts';
import type { RegisterRows } from '../../../src/schema/register.ts';
import { loadRegister, readRegisterRows, registerFolder } from '../../../src/data/register-loader.ts';
import { contentDir } from '../../support/paths.ts';

const rows = (): RegisterRows => readRegisterRows(registerFolder(contentDir)).rows;

describe('the register of the archive (content/register)', () => {
  it('loads whole: no bad row, no overlapping terms', () => {
    const { rows: read, problems } = readRegisterRows(registerFolder(contentDir));
    expect(problems).toEqual([]);
    expect(buildRegister(read).problems).toEqual([]);
  });

  it('holds the 80 sessions, the 9 Secretaries-General, 5 Deputies, 195 States and 228 months of the Council', () => {
    const register = loadRegister(contentDir);
    const count = (office: string) => register.offices.terms.filter((t) => t.office === office).length;
    expect([register.sessions.length, count('secretary-general'), count('deputy-secretary-general'), register.states.length, count('president-of-the-security-council')]).toEqual([80, 9, 5, 195, 228]);
  });

  it('places every country the register names in a Member State (Turkey, South Korea, Libyan Arab Jamahiriya, Congo...)', () => {
    const register = loadRegister(contentDir);
    expect(register.offices.terms.filter((t) => t.state === null).map((t) => `${t.place.file}:${t.place.line} ${t.country}`)).toEqual([]);
    expect(['Turkey', 'South Korea', 'Libyan Arab Jamahiriya', 'Congo', 'the United Kingdom', 'Côte d’Ivoire', 'Bolivia'].map((n) => register.stateNames.idOf(n))).toEqual([
      'turkiye', 'republic-of-korea', 'libya', 'congo', 'united-kingdom-of-great-britain-and-northern-ireland', 'cote-d-ivoire', 'bolivia-plurinational-state-of',
    ]);
  });
});

describe('the overlap check', () => {
  it('fails on two Secretaries-General in office at once, naming both rows', () => {
    const planted = rows();
    const ban = planted.secretariesGeneral.find((r) => r.name === 'Ban Ki-moon')!;
    ban.to = '2017-01-05';
    const problems = buildRegister(planted).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'from', place: { file: 'secretaries-general.csv', line: 10 }, other: { file: 'secretaries-general.csv', line: 9 } });
    expect(problems[0]!.message).toBe("António Guterres's term as Secretary-General of the United Nations overlaps Ban Ki-moon's from 2017-01-01 to 2017-01-05: two holders may share only the day of handover");
  });

  it('lets two holders share the day of handover (Lie and Hammarskjöld on 10 April 1953; the 75th and 76th sessions on 14 September 2021)', () => {
    const register = loadRegister(contentDir);
    expect(register.offices.holderOn('secretary-general', '1953-04-10')?.holder).toBe('Dag Hammarskjöld');
    expect(register.offices.holderOn('secretary-general', '1953-04-09')?.holder).toBe('Trygve Lie');
    expect(register.offices.holderOn('president-of-the-general-assembly', '2021-09-14')?.holder).toBe('Abdulla Shahid');
  });

  it('fails on a presidency of the Council listed twice for one month, and on a holder still in office when the next begins', () => {
    const planted = rows();
    planted.securityCouncilPresidents.push({ ...planted.securityCouncilPresidents[0]!, representative: 'Someone Else', place: { file: 'security-council-presidents.csv', line: 999 } });
    planted.deputySecretariesGeneral.find((r) => r.name === 'Jan Eliasson')!.to = null;
    const problems = buildRegister(planted).problems.map((p) => `${p.place.file}:${p.place.line} ${p.field} / ${p.other?.line}`);
    expect(problems).toEqual(['deputy-secretaries-general.csv:6 from / 5', 'security-council-presidents.csv:999 month / 2']);
  });
});

describe('holderOn', () => {
  const register = loadRegister(contentDir);
  it.each([
    ['president-of-the-security-council', '2022-02-14', 'Vassily Nebenzia'],
    ['president-of-the-security-council', '2010-01-31', 'Zhang Yesui'],
    ['president-of-the-general-assembly', '2015-12-14', 'Mogens Lykketoft'],
    ['president-of-the-general-assembly', '1948-12-01', 'Herbert Vere Evatt'],
    ['secretary-general', '2016-12-31', 'Ban Ki-moon'],
    ['secretary-general', '2017-01-01', 'António Guterres'],
    ['deputy-secretary-general', '2006-06-01', 'Mark Malloch Brown'],
  ] as const)('%s on %s is %s', (office, date, holder) => {
    expect(register.offices.holderOn(office, date)?.holder).toBe(holder);
  });

  it('knows nobody where the register records nobody', () => {
    expect(register.offices.holderOn('president-of-the-security-council', '2004-12-15')).toBeNull();
    expect(register.offices.holderOn('deputy-secretary-general', '1997-06-01')).toBeNull();
  });

  it('carries the row\'s source and its unverified mark', () => {
    const malloch = register.offices.holderOn('deputy-secretary-general', '2006-06-01')!;
    expect(malloch).toMatchObject({ unverified: true, place: { file: 'deputy-secretaries-general.csv', line: 3 }, state: 'united-kingdom-of-great-britain-and-northern-ireland' });
    expect(malloch.source).toMatch(/^unverified: kampuspedia\.com/);
    expect(register.offices.holderOn('secretary-general', '2010-01-01')).toMatchObject({ holder: 'Ban Ki-moon', unverified: false, source: expect.stringContaining('britannica.com') });
  });

  it('gives a presidency with no recorded closing the eve of the next opening, marked computed', () => {
    const sixth = register.offices.presidentOf(6)!;
    expect(sixth).toMatchObject({ holder: 'Luis Padilla Nervo', computed: true, to: '1952-10-13' });
    expect(register.offices.presidentOf(70)).toMatchObject({ from: '2015-09-15', to: '2016-09-13', computed: false });
  });
});
