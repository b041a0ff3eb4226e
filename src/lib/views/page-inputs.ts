// What a page can show, as the ids of the letters, people, organisations and documents it draws on: an incremental
// build (src/data/page-keys.ts) renders a page again only when one of them changed or the set itself did. Each set
// is a superset of what the page's components read: a key that covers too much renders a page needlessly, one that
// covers too little would leave a stale page, so when in doubt a letter or entity goes in.
import type { Archive, LetterView } from '../archive/archive.ts';
import { membersOf } from './entity-views.ts';

/** The ids a page draws on, by collection. */
export interface PageInputs {
  /** Letters the page lists: each with everything it names or is from or to (`listedLetterInputs`). */
  listed: Set<string>;
  /** Letters the page links to by title alone. */
  letters: Set<string>;
  people: Set<string>;
  organisations: Set<string>;
  documents: Set<string>;
}

function emptyInputs(): PageInputs {
  return { listed: new Set(), letters: new Set(), people: new Set(), organisations: new Set(), documents: new Set() };
}

/**
 * What one listed letter brings to a page: the letter, and every person, organisation and document it names or is
 * from or to. Kept apart from the page's own sets so that a key computes it once per letter, not once per page that
 * lists the letter (an organisation's pages list thousands).
 */
export function listedLetterInputs(letter: LetterView): PageInputs {
  const inputs = emptyInputs();
  inputs.letters.add(letter.id);
  for (const party of [...letter.data.senders, ...letter.data.recipients]) {
    if (party.person) inputs.people.add(party.person);
    if (party.organisation) inputs.organisations.add(party.organisation);
  }
  for (const attribution of [...letter.attributions.senders, ...letter.attributions.recipients]) if (attribution) inputs.people.add(attribution.person);
  for (const id of letter.people) inputs.people.add(id);
  for (const id of letter.organisations) inputs.organisations.add(id);
  for (const symbol of letter.documents) inputs.documents.add(symbol);
  return inputs;
}

/** Lists every letter of `ids` that the archive holds. */
function addListed(inputs: PageInputs, ids: Iterable<string>, archive: Archive): void {
  for (const id of ids) if (archive.letterById.has(id)) inputs.listed.add(id);
}

/** A letter's page (and the files of its own routes): the letter, what it names, the letters it links to by title, and its thread with the letters its references could match. */
export function letterPageInputs(id: string, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  const letter = archive.letterById.get(id);
  if (!letter) return inputs;
  inputs.listed.add(id);
  const { thread } = letter;
  const linked = [letter.previous, letter.next, letter.data.enclosedIn, ...letter.data.encloses, ...thread.answers, ...thread.answeredBy, ...thread.referredBy.map((r) => r.letter), ...thread.references.map((r) => r.letter)];
  for (const other of linked) if (other) inputs.letters.add(other);
  // A reference by date resolves against every letter of that day: one more letter there can make it ambiguous.
  for (const reference of thread.references) if (reference.date) for (const other of archive.days.get(reference.date)?.sent ?? []) inputs.letters.add(other);
  return inputs;
}

/** A day's page: the letters it bears and the letters that name it (their sentences, their meetings). */
export function dayPageInputs(iso: string, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  const day = archive.days.get(iso);
  if (!day) return inputs;
  addListed(inputs, day.sent, archive);
  addListed(inputs, day.mentioned.map((c) => c.letter), archive);
  return inputs;
}

/** A person's or organisation's pages (page, lists, feed): the entity, its letters, the organisations of a person's roles, an organisation's members. */
export function partyPageInputs(kind: 'people' | 'organisations', id: string, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  const party = kind === 'people' ? archive.people.get(id) : archive.organisations.get(id);
  if (!party) return inputs;
  (kind === 'people' ? inputs.people : inputs.organisations).add(id);
  addListed(inputs, [...party.sent, ...party.received, ...party.mentioned.map((c) => c.letter)], archive);
  if (kind === 'people') {
    for (const role of archive.people.get(id)!.data.roles) for (const org of [role.organisation, role.state]) if (org) inputs.organisations.add(org);
    for (const state of archive.representing.get(id)?.keys() ?? []) inputs.organisations.add(state);
  } else {
    for (const member of membersOf(id, archive)) inputs.people.add(member.id);
  }
  return inputs;
}

/** A document's pages (page, list, feed, citing.json): the document and the letters citing it. */
export function documentPageInputs(symbol: string, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  const doc = archive.documents.get(symbol);
  if (!doc) return inputs;
  inputs.documents.add(symbol);
  addListed(inputs, doc.citations.map((c) => c.letter), archive);
  return inputs;
}

/** A page that lists these letters and draws on nothing else of the archive's but these people (a year's or a session's pages). */
export function listingPageInputs(letters: Iterable<string>, people: Iterable<string>, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  addListed(inputs, letters, archive);
  for (const id of people) inputs.people.add(id);
  return inputs;
}
