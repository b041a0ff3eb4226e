import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsCalendar, zonedToUtc, type CalendarEvent } from '../../../src/lib/publish/ics.ts';

const meeting: CalendarEvent = {
  event: { date: '2016-02-03', time: '10:00', place: 'Trusteeship Council Chamber', summary: 'Next meeting of the IGN', sentence: 'The next meeting of the IGN will be held on Wednesday February 3, 2016 at 10am.' },
  uid: '2015-12-11-lucas-ign-meetings-p7-2016-02-03@un-letters.example.org',
  url: 'https://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/#p7',
  letterTitle: 'Letter dated 11 December 2015',
  stamp: '2015-12-11',
  timeZone: 'America/New_York',
  town: 'New York',
};
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('calendar files', () => {
  it('give a meeting at 10 a.m. in New York as 15:00 UTC in winter and 14:00 UTC in summer', () => {
    expect(zonedToUtc('2016-02-03', '10:00', 'America/New_York').toISOString()).toBe('2016-02-03T15:00:00.000Z');
    expect(zonedToUtc('2016-07-03', '10:00', 'America/New_York').toISOString()).toBe('2016-07-03T14:00:00.000Z');
    expect(zonedToUtc('2016-03-01', '09:30', 'Europe/Zurich').toISOString()).toBe('2016-03-01T08:30:00.000Z');
  });

  it('hold one event with its id, stamp, start, summary, place, description and address', () => {
    const lines = unfold(icsCalendar([meeting]));
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('UID:2015-12-11-lucas-ign-meetings-p7-2016-02-03@un-letters.example.org');
    expect(lines).toContain('DTSTAMP:20151211T000000Z');
    expect(lines).toContain('DTSTART:20160203T150000Z');
    expect(lines).toContain('SUMMARY:Next meeting of the IGN');
    expect(lines).toContain('LOCATION:Trusteeship Council Chamber\\, New York');
    expect(lines).toContain('DESCRIPTION:The next meeting of the IGN will be held on Wednesday February 3\\, 2016 at 10am.\\n\\nAnnounced in: Letter dated 11 December 2015\\nhttps://un-letters.example.org/letters/2015-12-11-lucas-ign-meetings/#p7');
    expect(lines.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('make a meeting without a time an all-day event, and one without a known time zone floating local time', () => {
    const allDay = unfold(icsCalendar([{ ...meeting, event: { ...meeting.event, time: null } }]));
    expect(allDay).toContain('DTSTART;VALUE=DATE:20160203');
    expect(allDay).toContain('DTEND;VALUE=DATE:20160204');
    expect(unfold(icsCalendar([{ ...meeting, timeZone: null }]))).toContain('DTSTART:20160203T100000');
  });

  it('escape text and fold lines at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
    const folded = foldIcsLine(`DESCRIPTION:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
  });
});
