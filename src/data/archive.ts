import { getCollection } from 'astro:content';
import { letterBodyHtml } from '../lib/text/letter-html.ts';
import { readFileSync } from 'node:fs';
import { readLetterBody } from './letter-loader.ts';
import { buildArchive, type Archive, type LetterEntry } from '../lib/archive/archive.ts';
import { collectProblems, formatProblems } from './problems.ts';
import { extractMentions } from '../lib/text/mentions.ts';
import { entitiesWithRegister } from '../lib/archive/register-entities.ts';
import { contentRoot } from './content-root.ts';
import { loadRegister, registerDigest } from './register-loader.ts';

let archive: Promise<Archive> | undefined;
let archiveVersion = '';

/**
 * Loads, checks and cross-references the whole archive once per build; fails the build on a broken reference.
 * Under `astro dev` it is assembled again whenever a file of the content has changed.
 */
export async function loadArchive(): Promise<Archive> {
  if (import.meta.env.DEV) {
    const version = await contentVersion();
    if (version !== archiveVersion) [archive, archiveVersion] = [undefined, version];
  }
  archive ??= assemble();
  return archive;
}

/** A fingerprint of every entry's digest: it changes when any content file does. */
async function contentVersion(): Promise<string> {
  const collections = await Promise.all([getCollection('letters'), getCollection('people'), getCollection('organisations'), getCollection('documents')]);
  return `${collections.map((entries) => entries.map((e) => `${e.id}:${(e as { digest?: string }).digest ?? ''}`).join()).join('|')}|${registerDigest(contentRoot())}`;
}

async function assemble(): Promise<Archive> {
  const [letters, yamlPeople, yamlOrganisations, documents] = await Promise.all([
    getCollection('letters'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('documents'),
  ]);
  // Mentions are read once here and shared by the reference check and the cross-referencing. The bodies are read
  // from the letter files, not kept in the content store (see letter-loader.ts), and not kept here either.
  const letterEntries: LetterEntry[] = letters.map((l) => {
    const filePath = l.filePath ?? l.id;
    return { id: l.id, data: l.data, filePath, mentions: extractMentions(readLetterBody(filePath)) };
  });
  // The register's office-holders and Member States join the people and organisations before references are checked:
  // a letter may name any of them. A bad row of the register fails the build here, with its file, line and field.
  const register = loadRegister(contentRoot());
  const { people, organisations } = entitiesWithRegister(register, { people: yamlPeople, organisations: yamlOrganisations });
  const problems = collectProblems({ letters: letterEntries, people, organisations, documents }, readFileSync);
  if (problems.length) throw new Error(formatProblems(problems));
  return buildArchive({ letters: letterEntries, people, organisations, documents, register });
}

/** One letter's body as its page shows it, read from its file. */
export async function letterHtml(id: string): Promise<string> {
  const letter = (await loadArchive()).letterById.get(id);
  if (!letter) throw new Error(`no letter with id "${id}"`);
  return letterBodyHtml(readLetterBody(letter.filePath));
}
