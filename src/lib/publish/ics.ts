import type { MeetingEvent } from '../views/meeting-events.ts';

/** The time zone of the places letters are written from, for meeting times given in local time. */
export const PLACE_TIME_ZONES: Record<string, string> = {
  'New York': 'America/New_York',
  Geneva: 'Europe/Zurich',
  Vienna: 'Europe/Vienna',
  Nairobi: 'Africa/Nairobi',
};

/** A meeting as a calendar event: the meeting, where it is announced, and the time zone of its local time. */
export interface CalendarEvent {
  event: MeetingEvent;
  /** A permanent, unique id ("<letter>-p6-2016-02-03@un-letters.example.org"). */
  uid: string;
  /** The full address of the paragraph that announces it. */
  url: string;
  /** The announcing letter's title. */
  letterTitle: string;
  /** The announcing letter's date (YYYY-MM-DD): the event's DTSTAMP, so that the file never changes by itself. */
  stamp: string;
  /** The IANA time zone of the local time; null writes the time as floating local time. */
  timeZone: string | null;
  /** The town of the meeting when known ("New York"), added to the place. */
  town: string | null;
}

/** The UTC instant of a local date and time in an IANA time zone. */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(instant).map((p) => [p.type, p.value]));
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - instant;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

/** Text escaped for an iCalendar value: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function eventLines(c: CalendarEvent): string[] {
  const { event } = c;
  const lines = ['BEGIN:VEVENT', `UID:${c.uid}`, `DTSTAMP:${compactDate(c.stamp)}T000000Z`];
  if (!event.time) {
    const next = new Date(`${event.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(next.toISOString().slice(0, 10))}`);
  } else if (c.timeZone) {
    lines.push(`DTSTART:${utcStamp(zonedToUtc(event.date, event.time, c.timeZone))}`);
  } else {
    lines.push(`DTSTART:${compactDate(event.date)}T${event.time.replace(':', '')}00`);
  }
  const location = [event.place, c.town].filter(Boolean).join(', ');
  lines.push(`SUMMARY:${escapeIcsText(event.summary)}`);
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  lines.push(`DESCRIPTION:${escapeIcsText(`${event.sentence}\n\nAnnounced in: ${c.letterTitle}\n${c.url}`)}`, `URL:${c.url}`, 'END:VEVENT');
  return lines;
}

/** An iCalendar file (RFC 5545) of calendar events, lines folded and ended with CRLF. */
export function icsCalendar(events: readonly CalendarEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//UN Letters Archive//Meetings announced in letters//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events.flatMap(eventLines), 'END:VCALENDAR'];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** The calendar events of meetings one letter announces, each with its paragraph's address and the time zone of the letter's place. */
export function meetingCalendarEvents(
  meetings: ReadonlyArray<MeetingEvent & { paragraph: number }>,
  letter: { id: string; title: string; date: string | null; sortDate: string; place: string | null },
  siteUrl: string,
): CalendarEvent[] {
  const host = new URL(siteUrl).host;
  return meetings.map((event) => ({
    event,
    uid: `${letter.id}-p${event.paragraph}-${event.date}@${host}`,
    url: new URL(`/letters/${letter.id}/#p${event.paragraph}`, siteUrl).href,
    letterTitle: letter.title,
    stamp: letter.date ?? letter.sortDate,
    timeZone: letter.place ? (PLACE_TIME_ZONES[letter.place] ?? null) : null,
    town: letter.place,
  }));
}
