import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildArchive, type Archive, type Entry } from '../../src/lib/archive/archive.ts';
import { entitiesWithRegister } from '../../src/lib/archive/register-entities.ts';
import { loadRegister } from '../../src/data/register-loader.ts';
import { documentSchema, letterSchema, organisationSchema, personSchema } from '../../src/schema/index.ts';
import { readLetterFiles } from './letter-files.ts';
import { contentDir } from './paths.ts';

/** The site URL the seed archive is cited under in tests. */
export const SEED_SITE = 'https://un-letters.example.org';

function entries<T>(folder: string, schema: { parse(value: unknown): T }): Entry<T>[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: name.slice(0, -'.yaml'.length), data: schema.parse(parse(readFileSync(join(dir, name), 'utf8'))) }));
}

/** The archive's own content (./content: the seed letters and the real ones) with its register, cross-referenced as the build does it. */
export function loadContentArchive(): Archive {
  const register = loadRegister(contentDir);
  return buildArchive({
    letters: readLetterFiles(contentDir).map((file) => ({ id: file.id, data: letterSchema.parse(file.frontmatter), body: file.body, filePath: file.path })),
    ...entitiesWithRegister(register, { people: entries('people', personSchema), organisations: entries('organisations', organisationSchema) }),
    documents: entries('documents', documentSchema),
    register,
  });
}

/** The ids of the people and organisations the seed archive's own files hold (content/people, content/organisations), without the register's. */
export function seedEntityIds(folder: 'people' | 'organisations'): string[] {
  return folder === 'people' ? entries(folder, personSchema).map((e) => e.id) : entries(folder, organisationSchema).map((e) => e.id);
}
