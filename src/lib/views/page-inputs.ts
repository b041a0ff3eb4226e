// What a page can show, as the ids of the letters, people, organisations and documents it draws on: an incremental
// build (src/data/page-keys.ts) renders a page again only when one of them changed or the set itself did. Each set
// is a superset of what the page's components read: a key that covers too much renders a page needlessly, one that
// covers too little would leave a stale page, so when in doubt a letter or entity goes in.
import type { Archive, LetterView } from '../archive/archive.ts';
import { membersOf } from './entity-views.ts';

/** The ids a page draws on, by collection. */
export interface PageInputs {
  letters: Set<string>;
  people: Set<string>;
  organisations: Set<string>;
  documents: Set<string>;
}

function emptyInputs(): PageInputs {
  return { letters: new Set(), people: new Set(), organisations: new Set(), documents: new Set() };
}

/** Adds a letter as a listing shows it: the letter, and every person, organisation and document it names or is from or to. */
function addLetter(inputs: PageInputs, letter: LetterView): void {
  inputs.letters.add(letter.id);
  for (const party of [...letter.data.senders, ...letter.data.recipients]) {
    if (party.person) inputs.people.add(party.person);
    if (party.organisation) inputs.organisations.add(party.organisation);
  }
  for (const attribution of [...letter.attributions.senders, ...letter.attributions.recipients]) if (attribution) inputs.people.add(attribution.person);
  for (const id of letter.people) inputs.people.add(id);
  for (const id of letter.organisations) inputs.organisations.add(id);
  for (const symbol of letter.documents) inputs.documents.add(symbol);
}

/** Adds every letter of `ids` that the archive holds, as listings show them. */
function addLetters(inputs: PageInputs, ids: Iterable<string>, archive: Archive): void {
  for (const id of ids) {
    const letter = archive.letterById.get(id);
    if (letter) addLetter(inputs, letter);
  }
}

/** A letter's page (and the files of its own routes): the letter, what it names, the letters it links to by title, and its thread with the letters its references could match. */
export function letterPageInputs(id: string, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  const letter = archive.letterById.get(id);
  if (!letter) return inputs;
  addLetter(inputs, letter);
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
  addLetters(inputs, day.sent, archive);
  addLetters(inputs, day.mentioned.map((c) => c.letter), archive);
  return inputs;
}

/** A person's or organisation's pages (page, lists, feed): the entity, its letters, the organisations of a person's roles, an organisation's members. */
export function partyPageInputs(kind: 'people' | 'organisations', id: string, archive: Archive): PageInputs {
  const inputs = emptyInputs();
  const party = kind === 'people' ? archive.people.get(id) : archive.organisations.get(id);
  if (!party) return inputs;
  (kind === 'people' ? inputs.people : inputs.organisations).add(id);
  addLetters(inputs, [...party.sent, ...party.received, ...party.mentioned.map((c) => c.letter)], archive);
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
  addLetters(inputs, doc.citations.map((c) => c.letter), archive);
  return inputs;
}
