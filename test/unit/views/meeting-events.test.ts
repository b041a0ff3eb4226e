import { describe, expect, it } from 'vitest';
import { dayMeetings, findMeetingEvent, letterMeetings, meetingFilePath } from '../../../src/lib/views/meeting-events.ts';
import { loadContentArchive } from '../../support/content-archive.ts';
import { SEED_LETTERS } from '../../fixtures/seed-archive.ts';

const LUCAS_SENTENCE =
  'I have the pleasure to inform you that the next meeting of the IGN will be held on Wednesday February 3, 2016 at 10am in the Trusteeship Council Chamber.';

describe('finding the meetings a letter announces', () => {
  it.each([
    ['the IGN meeting with time and place', LUCAS_SENTENCE, 'February 3, 2016', { time: '10:00', place: 'Trusteeship Council Chamber', summary: 'Next meeting of the IGN' }],
    ['an afternoon time with minutes', 'The informal consultations will take place on 5 March 2019 at 3:30 p.m. in Conference Room 4.', '5 March 2019', { time: '15:30', place: 'Conference Room 4', summary: 'Informal consultations' }],
    ['a 24-hour time', 'The first session will convene on 8 June 2021 at 15:00 in the General Assembly Hall.', '8 June 2021', { time: '15:00', place: 'General Assembly Hall', summary: 'First session' }],
    ['noon', 'The briefing will be held on 12 May 2020 at noon.', '12 May 2020', { time: '12:00', place: null, summary: 'Briefing' }],
    ['a day without time or place', 'An interactive dialogue is scheduled for 10 October 2016.', '10 October 2016', { time: null, place: null, summary: 'Interactive dialogue' }],
    ['an hour that could be morning or evening', 'The meeting will be held on 4 April 2016 at 10 in the ECOSOC Chamber.', '4 April 2016', { time: null, place: 'ECOSOC Chamber', summary: 'Meeting' }],
  ])('reads %s', (_, sentence, dateText, expected) => {
    expect(findMeetingEvent({ sentence, dateText, date: '2016-02-03', letterDate: '2015-12-11' })).toEqual({ date: '2016-02-03', sentence, ...expected });
  });

  it.each([
    ['a meeting in the past tense', 'At the plenary meeting of the General Assembly on 30 October 2015, the President encouraged all of us.', '30 October 2015', '2015-10-30'],
    ['a future verb with no meeting', 'Your term will take place on 1 January 2017.', '1 January 2017', '2017-01-01'],
    ['a meeting dated before the letter', 'The meeting will be held on 1 December 2015.', '1 December 2015', '2015-12-01'],
    ['a date the sentence does not hold', 'The meeting will be held on 4 April 2016.', '5 April 2016', '2016-04-05'],
  ])('ignores %s', (_, sentence, dateText, date) => {
    expect(findMeetingEvent({ sentence, dateText, date, letterDate: '2015-12-11' })).toBeNull();
  });
});

describe('the meetings of the seed letters', () => {
  const archive = loadContentArchive();

  it('finds the IGN meeting of 3 February 2016 in the paragraph that announces it, and nothing in the other seed letters', () => {
    expect(letterMeetings('2015-12-11-lucas-ign-meetings', archive)).toEqual([
      { date: '2016-02-03', time: '10:00', place: 'Trusteeship Council Chamber', summary: 'Next meeting of the IGN', sentence: LUCAS_SENTENCE, letter: '2015-12-11-lucas-ign-meetings', paragraph: 7 },
    ]);
    const otherSeeds = archive.letters.filter((l) => SEED_LETTERS.includes(l.id) && l.id !== '2015-12-11-lucas-ign-meetings');
    expect(otherSeeds).toHaveLength(SEED_LETTERS.length - 1);
    expect(otherSeeds.flatMap((l) => letterMeetings(l.id, archive))).toEqual([]);
  });

  it('offers the meeting on the page of its day, as a calendar file beside the letter', () => {
    expect(dayMeetings('2016-02-03', archive).map((m) => m.letter)).toEqual(['2015-12-11-lucas-ign-meetings']);
    expect(dayMeetings('2015-10-30', archive)).toEqual([]);
    expect(meetingFilePath('2015-12-11-lucas-ign-meetings', '2016-02-03')).toBe('/letters/2015-12-11-lucas-ign-meetings/event-2016-02-03.ics');
  });
});
