import type { Archive, Citation } from '../archive/archive.ts';

/** A meeting a letter announces: its day, and its time and place when the sentence gives them. */
export interface MeetingEvent {
  /** The day (YYYY-MM-DD). */
  date: string;
  /** Local time as HH:MM (24-hour), or null when the sentence gives none. */
  time: string | null;
  /** Where, as written ("Trusteeship Council Chamber"), or null. */
  place: string | null;
  /** What meets ("Next meeting of the IGN"). */
  summary: string;
  /** The sentence that announces it. */
  sentence: string;
}

/** A meeting found in a letter, with where the letter announces it. */
export interface AnnouncedMeeting extends MeetingEvent {
  letter: string;
  paragraph: number;
}

const FUTURE = /\b(?:will|shall)\s+(?:be\s+(?:held|convened)|take\s+place|convene|meet|resume)\b|\bis\s+scheduled\s+(?:to\s+take\s+place\s+)?(?:on|for)\b/i;
const MEETING = /\b(?:meeting|session|consultation|dialogue|debate|briefing|negotiations|retreat|conference|hearing)s?\b/i;
const SUBJECT = /\b(?:the|an?|our)\s+((?:[\w-]+\s+){0,4}?(?:meeting|session|consultation|dialogue|debate|briefing|negotiations|retreat|conference|hearing)s?\b[^,;.]*?)\s+(?:will|shall|is)\b/i;
const TIME = /^[\s,]*(?:\([^)]*\)\s*)?(?:at|from|starting at)\s+(?:(noon)|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|hours|hrs|h\b)?)/i;
const PLACE = /^[\s,]*\bin\s+(?:the\s+)?((?:[A-Z][\w'’.-]*|\d+)(?:\s+(?:of\s+the\s+|of\s+|on\s+|and\s+)?(?:[A-Z][\w'’.-]*|\d+))*)/;

/** Reads a clock time ("10am", "3:30 p.m.", "15:00", "noon") as HH:MM; null when it could be morning or evening. */
export function readTime(match: RegExpExecArray): string | null {
  if (match[1]) return '12:00';
  let hours = Number(match[2]);
  const minutes = match[3] ? Number(match[3]) : 0;
  const suffix = (match[4] ?? '').toLowerCase().replace(/[\s.]/g, '');
  if (suffix === 'pm' && hours < 12) hours += 12;
  if (suffix === 'am' && hours === 12) hours = 0;
  if (!suffix && !match[3] && hours <= 12) return null;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The meeting a sentence announces for the date it names: the sentence speaks of a meeting (or session,
 * consultation...) in the future tense ("will be held", "will take place", "is scheduled for"), the date
 * is not before the letter's, and the time and "in the <place>" that follow the date are read when given.
 */
export function findMeetingEvent(input: { sentence: string; dateText: string; date: string; letterDate: string | null }): MeetingEvent | null {
  const { sentence, dateText, date, letterDate } = input;
  if (!FUTURE.test(sentence) || !MEETING.test(sentence)) return null;
  if (letterDate && date < letterDate) return null;
  const at = sentence.indexOf(dateText);
  if (at < 0) return null;
  let rest = sentence.slice(at + dateText.length);
  const time = TIME.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  const place = PLACE.exec(rest)?.[1]?.replace(/[.,;:]+$/, '') ?? null;
  const subject = SUBJECT.exec(sentence)?.[1]?.trim();
  return {
    date,
    time: time ? readTime(time) : null,
    place,
    summary: subject ? subject[0]!.toUpperCase() + subject.slice(1) : 'Meeting',
    sentence,
  };
}

function announced(citation: Citation, date: string, archive: Archive): AnnouncedMeeting | null {
  const letter = archive.letterById.get(citation.letter);
  const found = findMeetingEvent({ sentence: citation.sentence, dateText: citation.text, date, letterDate: letter?.data.date ?? null });
  return found && { ...found, letter: citation.letter, paragraph: citation.paragraph };
}

/** The meetings a letter announces, in the order of the text. */
export function letterMeetings(letterId: string, archive: Archive): AnnouncedMeeting[] {
  const letter = archive.letterById.get(letterId);
  if (!letter) return [];
  return letter.mentions
    .filter((m) => m.kind === 'date')
    .map((m) => announced({ letter: letterId, paragraph: m.paragraph, sentence: m.sentence, text: m.text }, m.key, archive))
    .filter((m): m is AnnouncedMeeting => m !== null);
}

/** The meetings the letters announce for one day. */
export function dayMeetings(iso: string, archive: Archive): AnnouncedMeeting[] {
  return (archive.days.get(iso)?.mentioned ?? []).map((c) => announced(c, iso, archive)).filter((m): m is AnnouncedMeeting => m !== null);
}

/** The path of the calendar file of the meetings a letter announces for one day. */
export function meetingFilePath(letterId: string, date: string): string {
  return `/letters/${letterId}/event-${date}.ics`;
}
