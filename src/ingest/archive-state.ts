import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadRegister } from '../data/register-loader.ts';
import { buildNameIndex, extendNameIndex, findNames, type NameForm, type NameIndex } from '../lib/ingest/name-index.ts';
import { entityIdFor } from '../lib/ingest/find-entities.ts';
import type { SourceContext } from '../lib/ingest/ingest-source.ts';
import { uniqueSlug } from '../lib/model/slugs.ts';
import type { MatchLetter } from '../lib/model/letter-matching.ts';
import type { DatedRole } from '../lib/model/roles.ts';
import type { Entry } from '../lib/archive/archive.ts';
import { peopleWithRegister } from '../lib/archive/register-entities.ts';
import { personSchema, type PersonData } from '../schema/index.ts';
import { asMatchLetter } from '../lib/ingest/ingest-source.ts';
import type { DraftLetter } from '../lib/ingest/types.ts';
import { ContentFiles } from './content-files.ts';

/** A person or organisation the ingest adds, written with reviewed: false. */
export interface AddedEntity {
  id: string;
  name: string;
  kind?: string;
  /** For a person printed family name first ("BAN Ki-moon"): the family name ("Ban"). */
  familyName?: string | null;
}

const yamlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : []);

/** What the archive in a content folder already holds, and what this ingest run adds to it. */
export class ArchiveState {
  readonly people = new Map<string, string>();
  readonly organisations = new Set<string>();
  readonly documents = new Set<string>();
  readonly letterIds = new Set<string>();
  readonly addedPeople: AddedEntity[] = [];
  readonly addedOrganisations: AddedEntity[] = [];
  /** The entity and letter files of the content folder ("people/x.yaml", "letters/y.mdx"): those there at the start, and those written since. */
  readonly files = new Set<string>();
  /** The content folder's files as this run leaves them: letters and sources are read, and everything written, through it. */
  readonly disk: ContentFiles;
  private peopleIndex: NameIndex;
  private organisationIndex: NameIndex;
  private idByName = new Map<string, string>();
  private familyNames = new Map<string, string>();
  private idsBySurname = new Map<string, Set<string>>();
  private sourceBySize = new Map<number, string[]>();
  private letterSources: Map<string, string[]> | undefined;
  private lettersOnDisk: string[] = [];
  private matchLetters: Map<string, MatchLetter> | undefined;
  private runLetters = new Map<string, MatchLetter>();
  private roles = new Map<string, readonly DatedRole[]>();

  /** Reads names, aliases and ids from content/people, organisations, documents, letters and sources. */
  readonly contentDir: string;

  constructor(contentDir: string) {
    this.contentDir = contentDir;
    this.disk = new ContentFiles(contentDir);
    const personForms: NameForm[] = [];
    const personEntries: Array<Entry<PersonData>> = [];
    for (const folder of ['people', 'organisations', 'documents']) for (const file of yamlIn(join(contentDir, folder))) this.files.add(`${folder}/${file}`);
    for (const file of yamlIn(join(contentDir, 'people'))) {
      const id = file.slice(0, -5);
      const data = parse(readFileSync(join(contentDir, 'people', file), 'utf8')) ?? {};
      this.people.set(id, String(data.name ?? id));
      this.remember(id, String(data.name ?? id), data.familyName ? String(data.familyName) : null);
      for (const form of [data.name, ...(data.aliases ?? [])]) if (form) personForms.push({ id, form: String(form) });
      // A file the schema refuses gives its person no roles here; the build names its fault.
      const checked = personSchema.safeParse(data);
      if (checked.success) personEntries.push({ id, data: checked.data });
    }
    const orgForms: NameForm[] = [];
    for (const file of yamlIn(join(contentDir, 'organisations'))) {
      const id = file.slice(0, -5);
      const data = parse(readFileSync(join(contentDir, 'organisations', file), 'utf8')) ?? {};
      this.organisations.add(id);
      for (const form of [data.name, data.shortName, ...(data.aliases ?? [])]) if (form) orgForms.push({ id, form: String(form) });
    }
    for (const file of yamlIn(join(contentDir, 'documents'))) {
      const data = parse(readFileSync(join(contentDir, 'documents', file), 'utf8')) ?? {};
      if (data.symbol) this.documents.add(String(data.symbol));
    }
    const letters = join(contentDir, 'letters');
    if (existsSync(letters)) for (const f of readdirSync(letters)) if (f.endsWith('.mdx')) this.lettersOnDisk.push(f.slice(0, -4));
    for (const id of this.lettersOnDisk) {
      this.letterIds.add(id);
      this.files.add(`letters/${id}.mdx`);
    }
    const sources = join(contentDir, 'sources');
    if (existsSync(sources)) {
      for (const f of readdirSync(sources)) {
        const size = statSync(join(sources, f)).size;
        this.sourceBySize.set(size, [...(this.sourceBySize.get(size) ?? []), `sources/${f}`]);
      }
    }
    this.knowRegister(contentDir, personForms, orgForms, personEntries);
    this.peopleIndex = buildNameIndex(personForms);
    this.organisationIndex = buildNameIndex(orgForms);
  }

  /**
   * Makes the register's office-holders and Member States (content/register) known before any letter names them, by
   * the ids the build gives them: a holder whom an editor's file already names (by its name or an alias) is that person.
   * Each person's roles are the build's too (peopleWithRegister), for telling apart the letters of one day.
   */
  private knowRegister(contentDir: string, personForms: NameForm[], orgForms: NameForm[], personEntries: ReadonlyArray<Entry<PersonData>>): void {
    const register = loadRegister(contentDir);
    const named = new Set(personForms.map((f) => f.form.toLowerCase()));
    for (const term of register.offices.terms) {
      if (this.people.has(term.person) || named.has(term.holder.toLowerCase())) continue;
      this.remember(term.person, term.holder);
      personForms.push({ id: term.person, form: term.holder });
      named.add(term.holder.toLowerCase());
    }
    for (const state of register.states) {
      this.organisations.add(state.id);
      for (const form of [state.name, ...state.otherNames]) orgForms.push({ id: state.id, form });
    }
    for (const person of peopleWithRegister(register, personEntries, this.organisations)) this.roles.set(person.id, person.data.roles);
  }

  /** The source file of the archive with exactly these bytes, if any (compared only when the sizes match). */
  findSameSource(bytes: Uint8Array): string | null {
    for (const file of this.sourceBySize.get(bytes.length) ?? []) {
      if (Buffer.from(bytes).equals(this.disk.readBytes(file))) return file;
    }
    return null;
  }

  /** Ids of the letters transcribed from a source file, in the order of their lines. */
  lettersFromSource(file: string): string[] {
    if (!this.letterSources) {
      this.letterSources = new Map();
      for (const id of this.lettersOnDisk) {
        const text = this.disk.readText(`letters/${id}.mdx`);
        // source.lines is written [20, 47] by hand and as a YAML block list by the ingest.
        const match = /\n\s+file:\s*["']?(sources\/[^"'\n]+)["']?\n\s+lines:\s*(?:\[\s*|\n\s*-\s*)(\d+)/.exec(text);
        if (match) this.letterSources.set(match[1]!, [...(this.letterSources.get(match[1]!) ?? []), `${match[2]!.padStart(9, '0')} ${id}`]);
      }
    }
    return (this.letterSources.get(file) ?? []).sort().map((entry) => entry.slice(10));
  }

  /** The archive's letters as reference matching reads them (their frontmatter, read once), and those of this run. */
  knownLetters(): MatchLetter[] {
    if (!this.matchLetters) {
      this.matchLetters = new Map();
      for (const id of this.lettersOnDisk) {
        const text = this.disk.readText(`letters/${id}.mdx`);
        const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {};
        const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : (data.date ?? null);
        this.matchLetters.set(id, { id, date, symbol: data.symbol ?? null, senders: data.senders ?? [], recipients: data.recipients ?? [], encloses: data.encloses ?? [], enclosedIn: data.enclosedIn ?? null });
      }
      for (const [id, letter] of this.runLetters) this.matchLetters.set(id, letter);
      this.runLetters.clear();
    }
    return [...this.matchLetters.values()];
  }

  /**
   * Makes this run's letters known to the references of the sources read after them. The archive's letters are
   * read only once a source refers to a letter: a letter of the run takes the place of the archive's of its id.
   */
  rememberLetters(letters: readonly DraftLetter[]): void {
    for (const letter of letters) (this.matchLetters ?? this.runLetters).set(letter.id, asMatchLetter(letter));
  }

  /**
   * The context one source is ingested in; `reuse` lists letter ids to hand out first (a source ingested
   * before). A `preview` context claims no ids: it only lets the people a source names become known.
   */
  contextFor(reuse: string[], preview = false): SourceContext {
    const queue = [...reuse];
    return {
      people: this.peopleIndex,
      organisations: this.organisationIndex,
      personName: (id) => this.people.get(id),
      familyName: (id) => this.familyNames.get(id) ?? null,
      personBySurname: (surname) => {
        const ids = this.idsBySurname.get(surname);
        return ids?.size === 1 ? [...ids][0] : undefined;
      },
      addPerson: (name, familyName) => this.addPerson(name, familyName ?? null),
      addState: (name) => this.addOrganisation(name, 'member-state'),
      knownLetters: () => this.knownLetters(),
      rolesOf: (person) => this.roles.get(person),
      claimLetterId: (proposal) => {
        const id = queue.shift() ?? uniqueSlug(proposal, (candidate) => this.letterIds.has(candidate));
        if (!preview) this.letterIds.add(id);
        return id;
      },
    };
  }

  private remember(id: string, name: string, familyName: string | null = null): void {
    this.people.set(id, name);
    this.idByName.set(name, id);
    if (familyName) this.familyNames.set(id, familyName);
    const surname = familyName ?? name.split(' ').at(-1)!;
    this.idsBySurname.set(surname, (this.idsBySurname.get(surname) ?? new Set()).add(id));
  }

  private addPerson(name: string, familyName: string | null): string {
    const existing = this.idByName.get(name);
    if (existing) {
      // A later reading may show what an earlier one could not: the family name printed first ("BAN Ki-moon").
      const added = familyName ? this.addedPeople.find((p) => p.id === existing && !p.familyName) : undefined;
      if (added) {
        added.familyName = familyName;
        this.familyNames.set(existing, familyName!);
        this.idsBySurname.set(familyName!, (this.idsBySurname.get(familyName!) ?? new Set()).add(existing));
      }
      return existing;
    }
    const id = uniqueSlug(entityIdFor(name), (candidate) => this.people.has(candidate));
    this.remember(id, name, familyName);
    this.addedPeople.push({ id, name, familyName });
    extendNameIndex(this.peopleIndex, [{ id, form: name }]);
    return id;
  }

  private addOrganisation(name: string, kind: string): string {
    const known = findNames(name, this.organisationIndex);
    if (known.length === 1 && known[0]!.start === 0 && known[0]!.end === name.length) return known[0]!.id;
    const id = entityIdFor(name);
    if (this.organisations.has(id)) return id;
    this.organisations.add(id);
    this.addedOrganisations.push({ id, name, kind });
    extendNameIndex(this.organisationIndex, [{ id, form: name }]);
    return id;
  }
}
