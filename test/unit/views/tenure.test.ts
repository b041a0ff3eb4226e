import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive/archive.ts';
import { CHART_ALL_HOLDERS, officeHolderTenure, personTenure } from '../../../src/lib/views/tenure.ts';
import { membersOf } from '../../../src/lib/views/entity-views.ts';
import { makeLetter, makeOrganisation, makePerson } from '../../fixtures/archive.ts';

const presidency = (from: string, to: string) => ({ title: 'President of the Security Council', organisation: 'security-council', from, to });
const people = [
  makePerson('nebenzia', 'Vassily Nebenzia', [presidency('2018-06-01', '2018-06-30'), presidency('2022-02-01', '2022-02-28'), { title: 'Permanent Representative', organisation: null, from: '2017-07-27' }]),
  makePerson('guterres', 'António Guterres', [{ title: 'Secretary-General', organisation: 'united-nations', from: '2017-01-01' }]),
];
const by = (person: string) => ({ senders: [{ person }] });
const letters = [
  makeLetter('june-2018', { date: '2018-06-15', ...by('nebenzia') }),
  makeLetter('feb-2022', { date: '2022-02-16', ...by('nebenzia') }),
  makeLetter('sg-2023', { date: '2023-05-01', ...by('guterres') }),
];
const archive = buildArchive({ letters, people, organisations: [makeOrganisation('security-council', 'Security Council')], documents: [] });

describe('personTenure', () => {
  const chart = personTenure(archive.people.get('nebenzia')!, archive);

  it('draws one row per role, a bar for each time it was held, the letters of those times as ticks', () => {
    expect(chart.rows.map((r) => [r.label, r.spans.length, r.ticks.map((t) => t.id)])).toEqual([
      ['President of the Security Council', 2, ['june-2018', 'feb-2022']],
      ['Permanent Representative', 1, ['june-2018', 'feb-2022']],
    ]);
  });

  it('runs a role with no recorded end to the newest letter of the archive, and places ticks inside their bars', () => {
    const open = chart.rows[1]!.spans[0]!;
    expect(open.open).toBe(true);
    expect(open.x + open.width).toBeCloseTo(chart.width - 4, 0);
    const [june, february] = chart.rows[0]!.spans;
    const [t2018, t2022] = chart.rows[0]!.ticks;
    expect(t2018!.x).toBeGreaterThanOrEqual(june!.x);
    expect(t2018!.x).toBeLessThanOrEqual(june!.x + june!.width);
    expect(t2022!.x).toBeGreaterThanOrEqual(february!.x);
    expect(chart.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it('draws nothing for a person with no dated role and no letter', () => {
    expect(personTenure({ ...archive.people.get('guterres')!, data: { ...archive.people.get('guterres')!.data, roles: [] } }, archive).rows).toEqual([]);
  });
});

describe('officeHolderTenure', () => {
  it('draws one row per holder of the organisation\'s roles, with only those roles', () => {
    const chart = officeHolderTenure('security-council', membersOf('security-council', archive), archive);
    expect(chart.rows.map((r) => [r.label, r.spans.length])).toEqual([['Vassily Nebenzia', 2]]);
  });
});

describe('officeHolderTenure for an office of many holders', () => {
  const month = (n: number) => presidency(`2019-${String(n).padStart(2, '0')}-01`, `2019-${String(n).padStart(2, '0')}-28`);
  const holders = Array.from({ length: CHART_ALL_HOLDERS }, (_, i) => makePerson(`holder-${i + 1}`, `Holder ${i + 1}`, [month(i + 1)]));
  const many = buildArchive({
    letters: [makeLetter('to-holder-3', { date: '2019-03-10', senders: [{ name: 'Someone' }], recipients: [{ person: 'holder-3' }] })],
    people: [...holders, makePerson('nebenzia', 'Vassily Nebenzia', [presidency('2019-09-01', '2019-09-30')])],
    organisations: [makeOrganisation('security-council', 'Security Council')],
    documents: [],
  });

  it(`draws, past ${CHART_ALL_HOLDERS} holders, only those the archive's letters are from or to`, () => {
    const members = membersOf('security-council', many);
    expect(members).toHaveLength(CHART_ALL_HOLDERS + 1);
    expect(officeHolderTenure('security-council', members, many).rows.map((r) => r.label)).toEqual(['Holder 3']);
    expect(officeHolderTenure('security-council', members.slice(0, CHART_ALL_HOLDERS), many).rows).toHaveLength(CHART_ALL_HOLDERS);
  });
});
