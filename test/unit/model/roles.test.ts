import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/model/dates.ts';
import { describePeriod, rolesOnDate, type DatedRole } from '../../../src/lib/model/roles.ts';

const president: DatedRole = { title: 'President of the General Assembly', organisation: 'general-assembly', from: '2015-09-15', to: '2016-09-12' };
const ambassador: DatedRole = { title: 'Permanent Representative', organisation: null, from: '2010-01-01', to: null };
const unknownStart: DatedRole = { title: 'Adviser', organisation: null, from: null, to: '2015-12-31' };
const undated: DatedRole = { title: 'Member', organisation: null, from: null, to: null };
const roles = [president, ambassador, unknownStart, undated];

describe('rolesOnDate', () => {
  it.each([
    ['2015-09-14', [ambassador, unknownStart, undated]],
    ['2015-09-15', [president, ambassador, unknownStart, undated]],
    ['2016-09-12', [president, ambassador, undated]],
    ['2016-09-13', [ambassador, undated]],
    ['2009-12-31', [unknownStart, undated]],
  ])('on %s finds the roles held that day, first and last days included', (iso, held) => {
    expect(rolesOnDate(roles, iso)).toEqual(held);
  });

  it('finds no role for a letter without a date', () => {
    expect(rolesOnDate(roles, null)).toEqual([]);
  });
});

describe('describePeriod', () => {
  it.each([
    ['both ends known', '15 September 2015 – 12 September 2016', president],
    ['only a start', 'from 1 January 2010', ambassador],
    ['only an end', 'until 31 December 2015', unknownStart],
    ['neither end', 'dates not recorded', undated],
  ])('describes a role with %s as %j', (_, text, role) => {
    expect(describePeriod(role, formatDate)).toBe(text);
  });
});
