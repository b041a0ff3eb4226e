import { describe, expect, it } from 'vitest';
import { sessionCalendar, sessionOpeningDate } from '../../../src/lib/model/sessions.ts';
import { loadRegister } from '../../../src/data/register-loader.ts';
import { contentDir } from '../../support/paths.ts';

describe('the sessions\' calendar from the register', () => {
  const { calendar } = loadRegister(contentDir);

  it('opens the 3rd session on 21 September 1948, as the register records, not on the rule\'s date a week earlier', () => {
    expect(sessionOpeningDate(3)).toBe('1948-09-14');
    expect(calendar.dates(3)).toEqual({ session: 3, from: '1948-09-21', to: '1949-05-18', fromComputed: false, toComputed: false });
  });

  it('places a letter by the real opening: 15-20 September 1948 still fall in the 2nd session', () => {
    expect(calendar.sessionForDate('1948-09-15')).toBe(2);
    expect(calendar.sessionForDate('1948-09-20')).toBe(2);
    expect(calendar.sessionForDate('1948-09-21')).toBe(3);
    expect(calendar.sessionForDate('2015-12-14')).toBe(70);
    expect(calendar.sessionForDate('2016-09-13')).toBe(71);
  });

  it('ends a session at its closing meeting where recorded (the 70th on 13 September 2016, not the eve of the 71st)', () => {
    expect(calendar.dates(70)).toMatchObject({ from: '2015-09-15', to: '2016-09-13', toComputed: false });
  });

  it('falls back to the rule where the register has no date, and says so', () => {
    expect(calendar.dates(28)).toEqual({ session: 28, from: sessionOpeningDate(28), to: '1974-09-16', fromComputed: true, toComputed: true });
    expect(calendar.dates(80)).toMatchObject({ from: '2025-09-09', fromComputed: false, toComputed: true });
  });

  it('places every day from 1946 to 2030 in a session that has opened by then, one after the other', () => {
    let previous = 1;
    for (let day = Date.UTC(1946, 0, 1); day < Date.UTC(2031, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      const session = calendar.sessionForDate(iso);
      expect(session === previous || session === previous + 1, iso).toBe(true);
      if (session > 1) expect(calendar.dates(session).from <= iso, iso).toBe(true);
      previous = session;
    }
  });

  it('is the rule itself with nothing recorded', () => {
    const rule = sessionCalendar();
    expect(rule.dates(3)).toEqual({ session: 3, from: '1948-09-14', to: '1949-09-12', fromComputed: true, toComputed: true });
    expect(rule.sessionForDate('1948-09-15')).toBe(3);
  });
});
