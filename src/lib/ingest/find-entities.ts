import { slugify } from '../model/slugs.ts';
import { familyNameFirst, naturalCase } from '../model/person-names.ts';
import { findTitledNames, findUntitledNames, type PersonCandidate } from './find-people.ts';
import { findNames, type FoundName, type NameIndex } from './name-index.ts';

/** A person or organisation the ingest adds to the archive, to be reviewed by an editor. */
export interface NewEntity {
  id: string;
  name: string;
}

/** What entity finding needs to know: the indexes of known names and the people by id. */
export interface EntityContext {
  people: NameIndex;
  organisations: NameIndex;
  personName: (id: string) => string | undefined;
  /** The family name the archive records for a person when it is not the last word of the name ("Ban"); null otherwise. */
  familyName?: (id: string) => string | null;
  /** The one person of the archive with this family name, if exactly one has it. */
  personBySurname: (surname: string) => string | undefined;
  /** Adds a person found in a letter, by the name in natural letter case and the family name when printed first ("BAN Ki-moon"); returns its id (an existing one when the name is known). */
  addPerson: (name: string, familyName?: string | null) => string;
  /** Adds a Member State found as "Permanent Representative of X"; returns its id. */
  addState: (name: string) => string;
}

const STATE = /\bPermanent\s+(?:Representative|Mission|Observer)\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+(?:of|and|the|[\p{Lu}][\p{L}'’-]+)){0,6}?)\s+to\s+the\s+United\s+Nations/gu;

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

/** What follows a person's name when something is named after them. */
const NAMED_AFTER = /^\s+(?:Library|Lecture|Rules|Prize|Award|Medal|Fellowship|Foundation|Centre|Center|Institute|Room|Hall|Auditorium|Plaza|Building|Square|Street|Avenue|Airport|Bridge|Programme|Fund|Scholarship|Day)\b/;

const lastWord = (name: string) => name.split(/\s+/).filter((w) => !/^(?:II|III|IV|Jr\.|Sr\.)$/.test(w)).at(-1)!;

/** Every name a text gives a person, titled or not: full names first in text order, then family names alone. */
function personCandidates(text: string): { full: PersonCandidate[]; alone: PersonCandidate[] } {
  const titled = findTitledNames(text);
  const familyNames = new Set(titled.filter((c) => !c.full).map((c) => c.name));
  const all = [...titled, ...findUntitledNames(text, familyNames)].sort((a, b) => a.start - b.start || b.end - a.end);
  // In text order, a full name inside one already taken (the tail "Cheryl Pearce" of "Major General Cheryl Pearce") is the same mention.
  let takenTo = -1;
  const full = all.filter((c) => {
    if (!c.full || c.start < takenTo) return false;
    takenTo = c.end;
    return true;
  });
  return { full, alone: all.filter((c) => !c.full) };
}

/** Adds a person by the name as written, in natural letter case, with the family name when printed first ("BAN Ki-moon"). */
const addWritten = (context: EntityContext, name: string) => context.addPerson(naturalCase(name), familyNameFirst(name));

/**
 * Finds the people a text names: known names and aliases, full names after an honorific, rank or
 * title, with a country, in apposition to a role or named again by family name (find-people.ts). A
 * shorter form of a name the text gives in full ("Mr. Ruiz Massieu" after "Carlos Ruiz Massieu")
 * is that person; a family name alone is a signatory, a person the text names in full, or the one
 * person of the archive who has it.
 */
export function findPeople(text: string, context: EntityContext, signatories: readonly { id: string; name: string }[]): FoundName[] {
  // A person's name that names a place or a thing ("the Dag Hammarskjöld Library", "the Nelson Mandela Rules") is not the person.
  const found = findNames(text, context.people).filter((f) => !NAMED_AFTER.test(text.slice(f.end, f.end + 20)));
  const { full, alone } = personCandidates(text);
  const longerForm = (name: string) => full.find((f) => f.name !== name && f.name.endsWith(` ${name}`))?.name;
  for (const c of full) {
    if (overlaps(found, c.start, c.end)) continue;
    found.push({ id: addWritten(context, longerForm(c.name) ?? c.name), start: c.start, end: c.end });
  }
  for (const c of alone) {
    if (overlaps(found, c.start, c.end)) continue;
    const named = full.find((f) => lastWord(f.name) === c.name)?.name;
    const id = signatories.find((s) => lastWord(s.name) === c.name)?.id ?? (named ? addWritten(context, named) : context.personBySurname(c.name));
    if (id) found.push({ id, start: c.start, end: c.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A person to make known, as context.addPerson takes them: the name in natural letter case, and the family name when printed first. */
export type PersonToAdd = [name: string, familyName: string | null];

/** Makes known every person a text names in full, without marking anything (a batch's first reading). */
export function discoverPeople(text: string, context: EntityContext): void {
  for (const [name, familyName] of peopleNamedInFull(text)) context.addPerson(name, familyName);
}

/** The people discoverPeople makes known, in its order; pure: no context is consulted. */
export function peopleNamedInFull(text: string): PersonToAdd[] {
  const { full } = personCandidates(text);
  return full.filter((c) => !full.some((f) => f.name.endsWith(` ${c.name}`))).map((c) => [naturalCase(c.name), familyNameFirst(c.name)]);
}

/** Finds the organisations a text names: known names and aliases, and States of "Permanent Representative of X to the United Nations". */
export function findOrganisations(text: string, context: EntityContext): FoundName[] {
  const found = findNames(text, context.organisations);
  for (const m of text.matchAll(STATE)) {
    const name = m[1]!.replace(/^the\s+/, '');
    const start = m.index! + m[0].indexOf(name, m[0].indexOf(' of ') + 4);
    if (overlaps(found, start, start + name.length)) continue;
    found.push({ id: context.addState(name), start, end: start + name.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The id a new person or organisation gets: the slug of its name. */
export function entityIdFor(name: string): string {
  return slugify(name) || 'unnamed';
}
