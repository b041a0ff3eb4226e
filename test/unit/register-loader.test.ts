import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegister, RegisterError, registerFolder } from '../../src/data/register-loader.ts';
import { contentDir } from '../support/paths.ts';

const folder = registerFolder(contentDir);
/** The register of the archive with some of its files' text replaced. */
const readWith = (changes: Record<string, (text: string) => string>) => (path: string) => {
  const text = readFileSync(path, 'utf8');
  const name = path.slice(folder.length + 1);
  return changes[name] ? changes[name](text) : text;
};
/** The lines of the error a register with these changes fails with, its folder named as "content/register". */
function problemsWith(changes: Record<string, (text: string) => string>): string[] {
  try {
    loadRegister(contentDir, readWith(changes));
  } catch (error) {
    if (error instanceof RegisterError) return error.lines.map((line) => line.replaceAll(folder, 'content/register'));
    throw error;
  }
  return [];
}
const line = (n: number, replace: (row: string) => string) => (text: string) => text.split('\n').map((row, i) => (i === n - 1 ? replace(row) : row)).join('\n');

describe('loading the register', () => {
  it('names file, line and field of a date that does not exist', () => {
    expect(problemsWith({ 'ga-sessions.csv': line(12, (row) => row.replace('1956-11-12', '1956-11-31')) })).toEqual([
      'content/register/ga-sessions.csv:12: opening_date: this calendar date does not exist',
    ]);
  });

  it('names a date written the wrong way, and a session closing before it opens', () => {
    expect(problemsWith({ 'secretaries-general.csv': line(3, (row) => row.replace('1953-04-10', '10/04/1953')), 'ga-sessions.csv': line(4, (row) => row.replace('1949-05-18', '1948-05-18')) })).toEqual([
      'content/register/ga-sessions.csv:4: closing_date: a session cannot close before it opens',
      'content/register/secretaries-general.csv:3: from: write the date as YYYY-MM-DD',
    ]);
  });

  it('names a row with no source, and a month out of range', () => {
    expect(problemsWith({ 'security-council-presidents.csv': line(2, (row) => row.replace(/^2005,1,/, '2005,13,')), 'member-states.csv': line(2, (row) => row.replace(/,github[^\r]*/, ',')) })).toEqual([
      'content/register/member-states.csv:2: source: every row needs its source',
      'content/register/security-council-presidents.csv:2: month: write the month as 1-12',
    ]);
  });

  it('names a country that is no Member State nor another name of one', () => {
    expect(problemsWith({ 'secretaries-general.csv': line(4, (row) => row.replace(',Burma,', ',Atlantis,')) })).toEqual([
      'content/register/secretaries-general.csv:4: country: "Atlantis" is neither a State of member-states.csv nor a name of one in state-names.csv',
    ]);
  });

  it('names both rows of an overlap', () => {
    expect(problemsWith({ 'secretaries-general.csv': line(9, (row) => row.replace('2016-12-31', '2017-03-01')) })).toEqual([
      "content/register/secretaries-general.csv:10: from: António Guterres's term as Secretary-General of the United Nations overlaps Ban Ki-moon's from 2017-01-01 to 2017-03-01: two holders may share only the day of handover (the other row: content/register/secretaries-general.csv:9)",
    ]);
  });

  it('names a file that lost a column, and one that is missing', () => {
    const problems = problemsWith({ 'state-names.csv': (text) => text.replace(/,source$/m, ''), 'deputy-secretaries-general.csv': () => { throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }); } });
    expect(problems).toContain('content/register/deputy-secretaries-general.csv: the file is missing');
    expect(problems.some((p) => p.startsWith('content/register/state-names.csv:'))).toBe(true);
  });

  it('gives an empty register for a content folder without one', () => {
    const register = loadRegister(join(contentDir, 'people'));
    expect([register.offices.terms.length, register.states.length, register.calendar.dates(3).from]).toEqual([0, 0, '1948-09-14']);
  });
});

describe('loading the appointments the Secretary-General announced (sg-appointments.csv)', () => {
  const file = 'sg-appointments.csv';
  const rows = readFileSync(join(folder, file), 'utf8').split('\n');
  /** The line of the file whose row announces this symbol and names this person (1-based, as errors count). */
  const lineOf = (symbol: string, name: string) => rows.findIndex((row) => row.startsWith(`${name},`) && row.includes(`,${symbol},`)) + 1;

  it('reads every row of the file, each located by its line', () => {
    const register = loadRegister(contentDir);
    expect(register.appointments).toHaveLength(rows.filter((row, i) => i > 0 && row.trim()).length);
    expect(register.appointments.find((a) => a.holder === 'Md Fakhrul Ahsan')?.place).toEqual({ file, line: lineOf('S/2023/200', 'Md Fakhrul Ahsan') });
  });

  it('names file, line and field of an act it does not know, and of a symbol that is not a Council document', () => {
    const at = lineOf('S/2023/200', 'Md Fakhrul Ahsan');
    expect(problemsWith({ [file]: line(at, (row) => row.replace(',intends to appoint,', ',appoints,').replace(',S/2023/201,', ',S-2023-201,')) })).toEqual([
      `content/register/${file}:${at}: act: write one of: intends to appoint, has decided to appoint, has appointed, has reappointed, nominates, has extended the appointment`,
      `content/register/${file}:${at}: noted_in: write the symbol of a Security Council document, S/YYYY/N`,
    ]);
  });

  it('names a reply dated without its symbol, and a reply dated before the letter it answers', () => {
    const ahsan = lineOf('S/2023/200', 'Md Fakhrul Ahsan');
    const pearce = lineOf('S/2018/1000', 'Cheryl Pearce');
    expect(problemsWith({ [file]: (text) => line(pearce, (row) => row.replace(',2018-11-07,', ',2018-10-07,'))(line(ahsan, (row) => row.replace(',S/2023/201,', ',,'))(text)) })).toEqual([
      `content/register/${file}:${pearce}: noted: the Council cannot take note before the letter is written`,
      `content/register/${file}:${ahsan}: noted_in: give the date and the symbol of the reply together, or neither`,
    ]);
  });

  it('names a country that is no Member State, in either half of two countries joined by "/"', () => {
    const at = lineOf('S/2010/156', 'Charles Petrie');
    expect(problemsWith({ [file]: line(at, (row) => row.replace('United Kingdom/France', 'United Kingdom/Atlantis')) })).toEqual([
      `content/register/${file}:${at}: country: "Atlantis" is neither a State of member-states.csv nor a name of one in state-names.csv`,
    ]);
  });

  it('names a row without its post or its source', () => {
    const at = lineOf('S/2022/149', 'Valentine Rugwabiza');
    expect(problemsWith({ [file]: line(at, (row) => row.replace(/^(Valentine Rugwabiza,Ms\.,Rwanda,)[^,]+,/, '$1,').replace(/,S\/2022\/149 ; S\/2022\/150$/, ',')) })).toEqual([
      `content/register/${file}:${at}: post: write the post as the letter does`,
      `content/register/${file}:${at}: source: every row needs its source`,
    ]);
  });
});
