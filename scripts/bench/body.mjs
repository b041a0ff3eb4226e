// Letter text with marked mentions, in the MDX the site reads: <PersonRef id>, <OrgRef id>,
// <DocRef symbol>, <DateRef date>. Every target is drawn from the generated cast, so every
// reference resolves by construction.
import { FIRST_DAY, LAST_DAY, formatDay, formatDayUs, isoOf, yearOf } from './calendar.mjs';
import { citeDocument, lastDocumentBefore } from './documents.mjs';
import { STATES, TOPICS } from './words.mjs';

const SENTENCES = [
  'I have the honour to refer to {doc} concerning {topic}.',
  'Pursuant to {doc}, {org} will convene informal consultations on {date}.',
  'On {date}, {person} informed {org} of the progress made on {topic}.',
  'I wish to draw your attention to the views expressed by {person} at the meeting held on {date}.',
  'The delegation of {state} has requested that this letter be circulated as a document of {org}.',
  'Member States will recall that {doc} and {doc} set out the framework for {topic}.',
  'I would be grateful if you could bring the present letter to the attention of {org}.',
  'The meeting will be held in the Trusteeship Council Chamber at 10 a.m. on {date}.',
  'As requested in {doc}, the report of {org} on {topic} is transmitted herewith.',
  'I am pleased to inform you that {person} has agreed to serve as co-facilitator on {topic}.',
  'Further to my letter dated {date}, I should like to share an update on {topic}.',
  'The positions and proposals of Member States on {topic} remain at the centre of our discussions.',
  'Delegations are invited to submit their views in writing before {date}.',
  'This initiative builds on the work undertaken during the 70<sup>th</sup> session on {topic}.',
  'I count on the continued cooperation of {org} and of all delegations.',
  'The Secretariat, in consultation with {org}, has prepared a compilation of the proposals received.',
  'Several delegations, including {state}, stressed the importance of transparency and inclusiveness.',
  'In accordance with {doc}, the item on {topic} will be taken up in plenary.',
  '{person} and {person} will brief Member States on the outcome of their consultations.',
  'I take this opportunity to thank {person} for the leadership shown on {topic}.',
  'The text and its annex, as circulated on {date}, remain the basis for negotiations.',
  'Questions may be addressed to {org}, which will answer them in writing.',
  // Sentences without a date, document or person keep the density of mentions near the real letters'.
  'The work of {org} on {topic} has gained momentum over the past months.',
  'I encourage {org} and {org} to continue their close cooperation.',
  'The report of {org} will be made available to all delegations.',
  'I look forward to your active participation and cooperation in the proceedings.',
  'Be assured that I will do my utmost to facilitate an open, transparent and inclusive process.',
  'Many delegations have expressed a genuine willingness to engage in substantive negotiations on {topic}.',
  'My door remains open, and I encourage Member States to reach out to me on any issue related to {topic}.',
  'Additional meetings of a more informal nature could be held as a follow-up to our discussions.',
  'A provisional programme of work is annexed to the present letter.',
  'The views contained in the compilation are those of the individual contributors.',
  'Interpretation will be provided in the six official languages of {org}.',
  'We remain mindful of the comprehensive approach and of the interlinkages between all key issues.',
  'Much has been achieved, yet much more needs to be done to ensure that these gains are maintained.',
  'The high level of public interest demonstrates the appetite that exists for closer interaction with {org}.',
];

const LIST_ITEMS = [
  'the relationship between {org} and {org};',
  'the working methods of {org}, as set out in {doc};',
  'the size of an enlarged Council and the question of the veto;',
  'regional representation, including the position of {state};',
  'follow-up to {doc} and its implementation since {date};',
  'practical steps to improve access to {org} for civil society;',
  'the financing of {topic};',
];

/** A writer of sentences, paragraphs and lists with mentions, for one letter written on integer `day`. */
// It picks people active around then, documents adopted before then (plus the few documents
// everybody cites) and nearby dates, so that the cross-reference pages look like a real archive's.
export function createWriter(random, cast, day) {
  const year = yearOf(day);
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, slot) => {
      if (slot === 'topic') return random.pick(TOPICS);
      if (slot === 'state') return random.pick(STATES);
      if (slot === 'person') return personRef(random, pickPerson(random, cast, year));
      if (slot === 'org') return orgRef(random, random.pickSkewed(cast.organisations, 2.5));
      if (slot === 'doc') return docRef(random, pickDocument(random, cast, day));
      return dateRef(random, clip(day + Math.round((random.next() - 0.7) * 700)));
    });
  return {
    /** One sentence. */
    sentence: () => fill(random.pick(SENTENCES)),
    /** A paragraph of one to four sentences. */
    paragraph: () => Array.from({ length: random.int(1, 4) }, () => fill(random.pick(SENTENCES))).join(' '),
    /** A markdown list of `count` items, bulleted or numbered; each item is a paragraph on the page. */
    list: (count) => {
      const numbered = random.chance(0.3);
      return Array.from({ length: count }, (_, i) => `${numbered ? `${i + 1}.` : '-'} ${fill(random.pick(LIST_ITEMS))}`)
        .join('\n')
        .replace(/;$/, '.');
    },
  };
}

function pickPerson(random, cast, year) {
  const active = cast.peopleByYear.get(year);
  return active?.length && random.chance(0.7) ? random.pick(active) : random.pickSkewed(cast.people, 2);
}

function pickDocument(random, cast, day) {
  // Four in ten citations go to the few documents everybody cites, as long as they existed by then.
  if (random.chance(0.4)) {
    const popular = random.pickSkewed(cast.popularDocuments, 3);
    if (popular.day <= day) return popular;
  }
  const last = lastDocumentBefore(cast.documents, day);
  if (last < 0) return cast.documents[0];
  return cast.documents[last - Math.floor(Math.min(last, 400) * random.next() ** 2)];
}

function clip(day) {
  return Math.min(LAST_DAY, Math.max(FIRST_DAY, day));
}

/** A person mention as the MDX marks it; the words vary ("Mogens Lykketoft", "H.E. Mr. Mogens Lykketoft", "Lykketoft"). */
export function personRef(random, person, text = random.chance(0.3) && person.aliases.length ? random.pick(person.aliases) : person.name) {
  const words = person.honorific && text === person.name && random.chance(0.2) ? `${person.honorific} ${text}` : text;
  return `<PersonRef id="${person.id}">${words}</PersonRef>`;
}

/** An organisation mention, by name, short name or alias. */
export function orgRef(random, org) {
  const names = [org.name, org.name, org.shortName, ...org.aliases].filter(Boolean);
  return `<OrgRef id="${org.id}">${random.pick(names)}</OrgRef>`;
}

/** A document mention with its canonical symbol. */
export function docRef(random, doc) {
  return `<DocRef symbol="${doc.symbol}">${citeDocument(random, doc)}</DocRef>`;
}

/** A date mention: always a full ISO date in the attribute, written the UN or the US way in the text. */
export function dateRef(random, day) {
  return `<DateRef date="${isoOf(day)}">${random.chance(0.15) ? formatDayUs(day) : formatDay(day)}</DateRef>`;
}

/** The plain text of an MDX body, as the sources folder holds it: mention tags and hard-break backslashes removed. */
export function toPlainText(mdx) {
  return mdx.replace(/<\/?(?:PersonRef|OrgRef|DocRef|DateRef)\b[^>]*>/g, '').replace(/\\$/gm, '');
}
