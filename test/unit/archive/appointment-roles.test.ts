import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { appointmentRole, samePost } from '../../../src/lib/archive/appointment-roles.ts';
import { appointmentText, postOrganisation } from '../../../src/lib/model/appointments.ts';
import { formatDate } from '../../../src/lib/model/dates.ts';
import { rolesOnDate } from '../../../src/lib/model/roles.ts';
import { roleItems } from '../../../src/lib/views/register-views.ts';
import { personTenure } from '../../../src/lib/views/tenure.ts';
import { loadContentArchive } from '../../support/content-archive.ts';
import { contentDir } from '../../support/paths.ts';

// The roles the register's appointments (content/register/sg-appointments.csv) give people, read against the file itself.

type Row = Record<'name' | 'honorific' | 'country' | 'post' | 'act' | 'announced' | 'announced_in' | 'noted' | 'noted_in' | 'note' | 'source', string>;
const rows: Row[] = parse(readFileSync(join(contentDir, 'register', 'sg-appointments.csv'), 'utf8'), { columns: true });
const rowOf = (symbol: string, name: string) => rows.find((r) => r.announced_in === symbol && r.name === name)!;

describe('the roles of the Secretary-General\'s announced appointments', () => {
  const archive = loadContentArchive();
  const rolesOf = (id: string) => archive.people.get(id)!.data.roles.filter((r) => r.appointment);

  it('gives an appointee already in the archive the post, undated, with the letter, the Council\'s reply and their symbols as source', () => {
    const row = rowOf('S/2014/175', 'José Luiz Jaborandy Jr.');
    expect(rolesOf('jose-luiz-jaborandy-jr')).toEqual([
      expect.objectContaining({
        title: row.post,
        organisation: 'united-nations',
        state: 'brazil',
        from: null,
        to: null,
        source: row.source,
        unverified: false,
        appointment: { act: row.act, announced: row.announced, announcedIn: row.announced_in, noted: row.noted, notedIn: row.noted_in, note: row.note },
      }),
    ]);
    expect(row.source).toBe('S/2014/175 ; S/2014/176');
  });

  it('replaces the editor\'s undated role for the same post, not listing it twice (Hanna Serwaa Tetteh\'s two posts)', () => {
    const roles = archive.people.get('hanna-serwaa-tetteh')!.data.roles;
    expect(roles.map((r) => [r.title, r.appointment?.announcedIn ?? null])).toEqual([
      [rowOf('S/2018/1095', 'Hanna Serwaa Tetteh').post, 'S/2018/1095'],
      [rowOf('S/2022/141', 'Hanna Serwaa Tetteh').post, 'S/2022/141'],
    ]);
  });

  it('gives one person every panel they were appointed to: Lipika Majumdar Roy Choudhury in 2007, 2014 and 2022', () => {
    const announced = rows.filter((r) => r.name === 'Lipika Majumdar Roy Choudhury').map((r) => r.announced_in);
    expect(announced).toEqual(['S/2007/216', 'S/2014/206', 'S/2022/14']);
    expect(archive.people.get('lipika-majumdar-roy-choudhury')!.data.roles.map((r) => r.appointment?.announcedIn ?? r.title)).toEqual(announced);
  });

  it('keeps an editor\'s dated role beside the register\'s, which claims no first day (Said Djinnit)', () => {
    const roles = archive.people.get('said-djinnit')!.data.roles.filter((r) => /West Africa/.test(r.title));
    expect(roles.map((r) => [r.from, r.source])).toEqual([[null, 'S/2008/127'], ['2008-04-01', null]]);
  });

  it('makes a person of an appointee the letters name but the archive did not list, with the letter\'s title', () => {
    const row = rowOf('S/2009/136', 'Matt Bryden');
    expect(archive.people.get('matt-bryden')?.data).toMatchObject({ name: 'Matt Bryden', honorific: null, roles: [expect.objectContaining({ title: row.post, organisation: 'security-council', state: 'canada' })] });
  });

  it('gives no State for two countries printed together, and none for a letter that names none', () => {
    expect(rolesOf('charles-petrie')[0]).toMatchObject({ state: null, title: rowOf('S/2010/156', 'Charles Petrie').post });
    expect(rolesOf('abdel-elah-mohamed-al-khatib')[0]).toMatchObject({ state: null });
  });

  it('holds an appointment on no date and draws no bar for it', () => {
    const gaye = archive.people.get('babacar-gaye')!;
    expect(gaye.data.roles).toHaveLength(1);
    expect(rolesOnDate(gaye.data.roles, '2006-01-01')).toEqual([]);
    expect(personTenure(gaye, archive).rows).toEqual([]);
  });

  it('says when an appointment was announced and noted, never when it was held, with each symbol linked to its official record', () => {
    const [item] = roleItems(archive.people.get('jose-luiz-jaborandy-jr')!, archive);
    expect(item!.period).toBe('Intention to appoint announced to the Council on 7 March 2014 (S/2014/175); noted by the Council on 11 March 2014 (S/2014/176)');
    expect(item!.announcement!.filter((part) => part.href)).toEqual([
      { text: 'S/2014/175', href: 'https://docs.un.org/en/S/2014/175' },
      { text: 'S/2014/176', href: 'https://docs.un.org/en/S/2014/176' },
    ]);
    expect(item!.sources).toEqual([
      { text: 'S/2014/175', href: 'https://docs.un.org/en/S/2014/175' },
      { text: 'S/2014/176', href: 'https://docs.un.org/en/S/2014/176' },
    ]);
    const gonsolin = archive.people.get('herve-gonsolin')!.data.roles.find((r) => r.appointment)!;
    expect(appointmentText(gonsolin.appointment!, formatDate)).toBe('Appointment announced to the Council on 24 February 2009 (S/2009/109)');
  });
});

describe('what belongs to which organisation, and which editor\'s role is the same post', () => {
  it.each([
    ['arms expert of the Panel of Experts on Liberia (resolution 1854 (2008))', 'security-council'],
    ['Coordinator of the group of experts of the Committee established pursuant to resolution 1540 (2004)', 'security-council'],
    ['judge of the International Residual Mechanism for Criminal Tribunals', 'security-council'],
    ['Force Commander of the United Nations Peacekeeping Force in Cyprus (UNFICYP)', 'united-nations'],
    ['expert of the Commission of Experts to review prosecution of serious crimes committed in East Timor in 1999', 'united-nations'],
  ])('%s belongs to %s', (post, organisation) => {
    expect(postOrganisation(post)).toBe(organisation);
  });

  const record = { post: 'finance expert and Coordinator of the Panel of Experts on Liberia (resolution 2025 (2011))', holder: 'Christian Dietrich', honorific: null, person: 'christian-dietrich', country: null, state: null, organisation: 'security-council', appointment: { act: 'has appointed' as const, announced: '2012-02-24', announcedIn: 'S/2012/110', noted: null, notedIn: null, note: null }, source: 'S/2012/110', unverified: false, place: { file: 'sg-appointments.csv', line: 2 } };
  const editor = (title: string, from: string | null = null) => ({ title, organisation: null, from, to: null, state: null, source: null, unverified: false, computed: false, appointment: null });

  it.each([
    ['Coordinator of the Panel of Experts on Liberia', null, true],
    ['Finance expert and Coordinator of the Panel of Experts on Liberia', null, true],
    ['Coordinator of the Panel of Experts on Liberia', '2012-03-01', false],
    ['Coordinator of the Panel of Experts on Somalia', null, false],
    ['Panel of Experts on Liberia', null, false],
  ])('the editor\'s "%s" from %s is the same post: %s', (title, from, same) => {
    expect(samePost(editor(title, from), record)).toBe(same);
  });

  it('never takes a sourced role for an editor\'s', () => {
    expect(samePost(appointmentRole(record, new Set()), record)).toBe(false);
  });
});
