import { slugify } from '../model/slugs.ts';
import { findNames, type FoundName, type NameIndex } from './name-index.ts';
import { HONORIFIC, ROLE_WORDS } from './patterns.ts';

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
  /** The one person of the archive with this family name, if exactly one has it. */
  personBySurname: (surname: string) => string | undefined;
  /** Adds a person found in a letter; returns its id (an existing one when the name is known). */
  addPerson: (name: string) => string;
  /** Adds a Member State found as "Permanent Representative of X"; returns its id. */
  addState: (name: string) => string;
}

const NAME_PART = String.raw`(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.)`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|binti|ibn|e|y|zu)`;
// "H.E. Ms. Sylvie Lucas", "Ms. Amina J. Mohammed", "Mr. Miguel de Serpa Soares", "His Majesty King Abdullah II"
const HONORIFIC_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${HONORIFIC}\s+)+((?:${NAME_PART}\s+(?:${PARTICLE}\s+)?){0,4}[\p{Lu}][\p{L}'’-]+)`, 'gu');
const STATE = /\bPermanent\s+(?:Representative|Mission|Observer)\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+(?:of|and|the|[\p{Lu}][\p{L}'’-]+)){0,6}?)\s+to\s+the\s+United\s+Nations/gu;

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

/** Finds the people a text names: known names and aliases, and names after an honorific ("H.E. Ms. Sylvie Lucas"). */
export function findPeople(text: string, context: EntityContext, signatories: readonly { id: string; name: string }[]): FoundName[] {
  const found = findNames(text, context.people);
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    if (overlaps(found, start, start + name.length) || ROLE_WORDS.test(name)) continue;
    const words = name.split(/\s+/);
    if (words.length >= 2) {
      found.push({ id: context.addPerson(name), start, end: start + name.length });
    } else {
      const id = signatories.find((s) => s.name.split(' ').at(-1) === name)?.id ?? context.personBySurname(name);
      if (id) found.push({ id, start, end: start + name.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Makes known every person a text names in full after an honorific, without marking anything (a batch's first reading). */
export function discoverPeople(text: string, context: EntityContext): void {
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const name = m[1]!;
    if (!ROLE_WORDS.test(name) && name.split(/\s+/).length >= 2) context.addPerson(name);
  }
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
