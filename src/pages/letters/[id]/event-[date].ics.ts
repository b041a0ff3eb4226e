import type { APIRoute } from 'astro';
import { loadArchive } from '../../../data/archive.ts';
import { loadPageKeys } from '../../../data/page-keys.ts';
import { icsCalendar, meetingCalendarEvents } from '../../../lib/publish/ics.ts';
import { letterMeetings } from '../../../lib/views/meeting-events.ts';
import { absoluteUrl } from '../../../lib/cite/permalinks.ts';

/** /letters/<id>/event-<date>.ics: the meetings a letter announces for that day, for a calendar. */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const keys = await loadPageKeys();
  return archive.letters.flatMap((letter) => [...new Set(letterMeetings(letter.id, archive).map((m) => m.date))].map((date) => ({ params: { id: letter.id, date }, cacheKey: keys.letter(letter.id) })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const letter = archive.letterById.get(params.id!)!;
  const meetings = letterMeetings(letter.id, archive).filter((m) => m.date === params.date);
  const events = meetingCalendarEvents(meetings, { id: letter.id, title: letter.data.title, date: letter.data.date, sortDate: letter.sortDate, place: letter.data.place }, absoluteUrl('/', site));
  return new Response(icsCalendar(events), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
