import { stringify } from 'yaml';
import type { DraftLetter } from '../lib/ingest/types.ts';
import { slugifySymbol } from '../schema/symbols.ts';
import type { AddedEntity, ArchiveState } from './archive-state.ts';

/** A file a letter adds unless it exists: its path in the content folder, its data, and for a document its symbol. */
export interface EntityFile {
  path: string;
  data: Record<string, unknown>;
  /** A document is written for the first letter of the run that cites it, even when its file is not new. */
  symbol?: string;
}

/** An entity file with its text, as written. */
export interface EntityText {
  path: string;
  text: string;
  symbol?: string;
}

/** The position of each added entity in its list (ids are unique there), kept up with the list as it grows. */
class Positions {
  private positions = new Map<string, number>();
  private list: readonly AddedEntity[];

  constructor(list: readonly AddedEntity[]) {
    this.list = list;
  }

  /** The ids of `ids` this run added, in the order they were added. */
  inOrder(ids: Iterable<string | null | undefined>): AddedEntity[] {
    for (let i = this.positions.size; i < this.list.length; i++) this.positions.set(this.list[i]!.id, i);
    const found = [...new Set(ids)].flatMap((id) => (id && this.positions.has(id) ? [this.positions.get(id)!] : []));
    return found.sort((a, b) => a - b).map((i) => this.list[i]!);
  }
}

/**
 * The entity files a letter may add: the people and organisations this run added that it names, with their data as
 * it stands now (a later source may still give a person the family name printed first), then the documents it cites
 * that the archive does not yet know. Taken when the letter is read; written, if still missing, once it passes.
 */
export class EntityFiles {
  private people: Positions;
  private organisations: Positions;
  private state: ArchiveState;

  constructor(state: ArchiveState) {
    this.state = state;
    this.people = new Positions(state.addedPeople);
    this.organisations = new Positions(state.addedOrganisations);
  }

  /** The files of one letter, in the order they are written. */
  of(letter: DraftLetter): EntityFile[] {
    const files: EntityFile[] = [];
    for (const added of this.people.inOrder([...letter.people, ...letter.senders.map((s) => s.person), ...letter.recipients.map((r) => r.person)])) {
      files.push({ path: `people/${added.id}.yaml`, data: { name: added.name, ...(added.familyName ? { familyName: added.familyName } : {}), reviewed: false } });
    }
    for (const added of this.organisations.inOrder([...letter.organisations, ...letter.senders.map((s) => s.organisation)])) {
      files.push({ path: `organisations/${added.id}.yaml`, data: { name: added.name, kind: added.kind, reviewed: false } });
    }
    for (const symbol of letter.documents) {
      if (!this.state.documents.has(symbol)) files.push({ path: `documents/${slugifySymbol(symbol)}.yaml`, data: { symbol, reviewed: false }, symbol });
    }
    // A file already in the content folder (there before, or written for an earlier letter) is never written again: not sent to be rendered.
    return files.filter((f) => !this.state.files.has(f.path));
  }
}

// The YAML of entity data already rendered: the same person is sent with each letter that names them until written.
const rendered = new Map<string, string>();

/** The files as YAML. */
export function entityTexts(files: readonly EntityFile[]): EntityText[] {
  return files.map(({ path, data, symbol }) => {
    const key = JSON.stringify(data);
    let text = rendered.get(key);
    if (text === undefined) rendered.set(key, (text = stringify(data)));
    return { path, text, ...(symbol === undefined ? {} : { symbol }) };
  });
}
