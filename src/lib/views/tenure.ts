import type { Archive, PartyView } from '../archive/archive.ts';
import type { PersonData } from '../../schema/index.ts';
import { letterUrl } from '../archive/describe.ts';
import type { DatedRole } from '../model/roles.ts';

/** A letter drawn as a tick on a tenure bar. */
export interface TenureTick {
  id: string;
  url: string;
  title: string;
  date: string;
  x: number;
}

/** One period a role was held: from and to as recorded, and where it is drawn. */
export interface TenureSpan {
  from: string | null;
  to: string | null;
  /** True when the role has no recorded end and is drawn up to the newest letter of the archive. */
  open: boolean;
  x: number;
  width: number;
}

/** One row of bars: a role (or a holder's roles), each period a bar, the holder's letters of those periods as ticks. */
export interface TenureRow {
  /** "President of the Security Council", or "Vassily Nebenzia" on an organisation's page. */
  label: string;
  spans: TenureSpan[];
  y: number;
  ticks: TenureTick[];
}

/** The chart: rows of bars on one time scale, with the years marked along the bottom. */
export interface TenureChart {
  rows: TenureRow[];
  years: Array<{ year: number; x: number }>;
  width: number;
  height: number;
}

/** A row to draw: its label, the periods of the role, and the letters (ids) its holder sent. */
export interface TenureInput {
  label: string;
  roles: readonly DatedRole[];
  letters: readonly string[];
}

const ROW = 44;
const AXIS = 24;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lays roles out as bars on one time scale, with the letters of the holder dated within a period as ticks.
 * A period with no recorded start begins at its first letter; one with no end runs to `until` (the newest letter
 * of the archive), so that the chart never depends on the day it was built. Periods with no date and no letter are left out.
 */
export function tenureChart(inputs: readonly TenureInput[], archive: Archive, until: string, width = 640): TenureChart {
  const rows = inputs.map((input) => {
    const letters = input.letters.map((id) => archive.letterById.get(id)!).sort((a, b) => byDate(a.sortDate, b.sortDate));
    const spans = input.roles.map((role) => {
      const within = letters.filter((l) => (role.from === null || l.sortDate >= role.from) && (role.to === null || l.sortDate <= role.to));
      const from = role.from ?? within[0]?.sortDate ?? null;
      const to = role.to ?? ([until, within.at(-1)?.sortDate, from].filter((d): d is string => !!d).sort().at(-1) ?? null);
      return { role, within, from, to };
    }).filter((span) => span.from && span.to);
    const ticks = [...new Set(spans.flatMap((span) => span.within))].sort((a, b) => byDate(a.sortDate, b.sortDate));
    return { label: input.label, spans, ticks };
  }).filter((row) => row.spans.length);
  if (!rows.length) return { rows: [], years: [], width, height: 0 };
  const spans = rows.flatMap((row) => row.spans);
  const start = Math.min(...spans.map((s) => day(s.from!)));
  const end = Math.max(start + 1, ...spans.map((s) => day(s.to!)));
  const x = (iso: string) => Math.round(((day(iso) - start) / (end - start)) * (width - 8) * 10) / 10 + 4;
  const firstYear = new Date(start * 86_400_000).getUTCFullYear();
  const lastYear = new Date(end * 86_400_000).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const years = [];
  for (let year = firstYear + 1; year <= lastYear; year += step) years.push({ year, x: x(`${year}-01-01`) });
  return {
    rows: rows.map((row, i) => ({
      label: row.label,
      spans: row.spans.map((s) => ({ from: s.role.from, to: s.role.to, open: s.role.to === null, x: x(s.from!), width: Math.max(2, Math.round((x(s.to!) - x(s.from!)) * 10) / 10) })),
      y: i * ROW + 18,
      ticks: row.ticks.map((l) => ({ id: l.id, url: letterUrl(l.id), title: l.data.title, date: l.sortDate, x: x(l.sortDate) })),
    })),
    years,
    width,
    height: rows.length * ROW + AXIS,
  };
}

/** Roles grouped by title, in the order they were first held: one row for every presidency of the same office. */
function rolesByTitle<R extends DatedRole>(roles: readonly R[]): Array<[string, R[]]> {
  const groups = new Map<string, R[]>();
  for (const role of roles) (groups.get(role.title) ?? groups.set(role.title, []).get(role.title)!).push(role);
  return [...groups];
}

/** The newest date of the archive: where a role with no recorded end stops on the chart. */
function newestDate(archive: Archive): string {
  return archive.letters[0]?.sortDate ?? '1946-01-01';
}

/** The roles a chart can draw: not an announced appointment, whose letters give no period to draw. */
const drawable = <R extends DatedRole>(roles: readonly R[]) => roles.filter((role) => !role.appointment);

/** A person's roles over time, each with the letters they signed while holding it. */
export function personTenure(person: PartyView<PersonData>, archive: Archive): TenureChart {
  return tenureChart(rolesByTitle(drawable(person.data.roles)).map(([title, roles]) => ({ label: title, roles, letters: person.sent })), archive, newestDate(archive));
}

/** How many holders an organisation's chart draws all of; past that, only those the archive's letters are from or to. */
export const CHART_ALL_HOLDERS = 12;

/**
 * The holders of an organisation's roles (or, for a State, of roles held for it) over time, one row each, the earliest
 * first, with the letters they signed in office. An office of many holders (the register's Presidents of the Security
 * Council) draws only the holders who sent or received letters of the archive; the page's list names them all.
 */
export function officeHolderTenure(organisationId: string, holders: ReadonlyArray<PartyView<PersonData>>, archive: Archive): TenureChart {
  const drawn = holders.length > CHART_ALL_HOLDERS ? holders.filter((person) => person.sent.length + person.received.length > 0) : holders;
  const inputs = drawn
    .map((person) => ({ label: person.data.name, roles: drawable(person.data.roles).filter((role) => role.organisation === organisationId || role.state === organisationId), letters: person.sent }))
    .filter((input) => input.roles.length);
  const firstHeld = (input: TenureInput) => input.roles.map((r) => r.from ?? '9999').sort()[0]!;
  inputs.sort((a, b) => byDate(firstHeld(a), firstHeld(b)) || a.label.localeCompare(b.label));
  return tenureChart(inputs, archive, newestDate(archive));
}
