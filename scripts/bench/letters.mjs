// The letters: dated and undated, of every kind, some cover letters enclosing others (which then
// share one plain-text source with line ranges), some referring to earlier letters.
import { FIRST_DAY, LAST_DAY, formatDay, isoOf, yearOf } from './calendar.mjs';
import { composeBody, dateFields } from './compose.mjs';
import { makeRecipients, makeSenders, makeTitle } from './parties.mjs';
import { toPlainText } from './body.mjs';
import { TOPICS, slugify } from './words.mjs';

/** Lines left blank between letters that share a source file, as in the scanned originals. */
const GAP_LINES = 3;

/** `count` letters with their frontmatter, MDX body and plain text, and the source files they share. */
export function generateLetters(random, cast, count) {
  const letters = [];
  const sources = [];
  const ids = new Map();
  while (letters.length < count) {
    const remaining = count - letters.length;
    const group = [];
    if (remaining >= 2 && random.chance(0.06)) {
      // A cover letter and one to three letters it encloses, written a few days to weeks before it.
      const day = drawDay(random);
      const enclosed = Array.from({ length: random.int(1, Math.min(3, remaining - 1)) }, () =>
        makeLetter(random, cast, ids, letters, { day: Math.max(FIRST_DAY, day - random.int(1, 30)), undated: false }),
      );
      const cover = makeLetter(random, cast, ids, letters, {
        day,
        encloses: enclosed.map((e) => ({ dateText: formatDay(e.sortDay), from: e.senders.describe })),
      });
      cover.fields.encloses = enclosed.map((e) => e.id);
      for (const e of enclosed) e.fields.enclosedIn = cover.id;
      group.push(cover, ...enclosed);
    } else {
      group.push(makeLetter(random, cast, ids, letters, {}));
    }
    sources.push(shareSource(group));
    letters.push(...group);
  }
  return { letters: letters.map(finish), sources };
}

// Most letters are recent: the density of letters grows linearly from 1946 to 2026.
function drawDay(random) {
  return FIRST_DAY + Math.floor((LAST_DAY - FIRST_DAY) * Math.sqrt(random.next()));
}

function makeLetter(random, cast, ids, earlier, { day = drawDay(random), undated = random.chance(0.015), encloses = [] }) {
  const kind = random.weighted({ letter: 80, 'identical-letters': 6, 'note-verbale': 9, memorandum: 5 });
  const place = random.weighted({ 'New York': 60, Geneva: 10, '': 30 }) || null;
  const year = yearOf(day);
  const senders = makeSenders(random, cast, day, year, kind);
  const recipients = makeRecipients(random, cast, day, year, kind);
  const topic = slugify(random.pick(TOPICS)).split('-').slice(0, 3).join('-');
  const id = uniqueId(ids, `${undated ? 'undated' : isoOf(day)}-${senders.slug.split('-').slice(0, 4).join('-')}-${topic}`);
  const fields = {
    title: makeTitle(kind, undated ? null : formatDay(day), senders.describe, recipients.describe),
    kind,
    ...dateFields(random, day, place, undated),
    place,
    senders: senders.senders,
    recipients: recipients.recipients,
    refersTo: random.chance(0.12) ? referTo(random, earlier, day) : [],
    reviewed: !random.chance(0.05),
  };
  const body = composeBody(random, cast, { day: undated ? null : day, sortDay: day, place, kind, senders, recipients, encloses });
  return { id, sortDay: day, senders, fields, body, plain: toPlainText(body) };
}

// One or two earlier letters: by id when the archive holds one written before, else in words only.
function referTo(random, earlier, day) {
  return Array.from({ length: random.int(1, 2) }, () => {
    const other = earlier.length ? random.pick(earlier) : null;
    if (other && other.sortDay < day && random.chance(0.6)) {
      return { letter: other.id, description: `letter dated ${formatDay(other.sortDay)} from ${other.senders.describe}` };
    }
    return { description: `letter dated ${formatDay(Math.max(FIRST_DAY, day - random.int(5, 400)))} from the President of the General Assembly` };
  });
}

function uniqueId(ids, base) {
  const seen = (ids.get(base) ?? 0) + 1;
  ids.set(base, seen);
  return seen === 1 ? base : `${base}-${seen}`;
}

// Letters of one group share a source named after the first; each gets its own line range in it.
function shareSource(group) {
  const file = `sources/${group[0].id}.txt`;
  let line = 1;
  const parts = [];
  for (const letter of group) {
    const text = letter.plain.replace(/\n+$/, '');
    const lines = text.split('\n').length;
    letter.fields.source = { file, lines: [line, line + lines - 1] };
    parts.push(text);
    line += lines + GAP_LINES;
  }
  return { path: file, text: parts.join('\n'.repeat(GAP_LINES + 1)) + '\n' };
}

// The frontmatter in the order the hand-written letters use, leaving out what equals its default.
function finish({ id, sortDay, fields, body }) {
  const order = ['title', 'kind', 'date', 'dateLine', 'dateEstimate', 'dateNote', 'place', 'senders', 'recipients', 'encloses', 'enclosedIn', 'refersTo', 'source', 'reviewed'];
  const defaults = { kind: 'letter', place: null, encloses: undefined, enclosedIn: undefined, reviewed: true };
  const data = {};
  for (const key of order) {
    const value = fields[key];
    if (value === undefined || (key in defaults && value === defaults[key]) || (Array.isArray(value) && !value.length)) continue;
    data[key] = value;
  }
  return { id, sortDay, data, body };
}
