// Checks generated files against the site's own zod schemas before the build, so that a generator
// mistake is reported as "generator wrote X" and never mistaken for a slow or broken site.
import { parse } from 'yaml';
import { documentSchema, letterSchema, organisationSchema, personSchema } from '../../src/schema/index.ts';

const SCHEMAS = { letters: letterSchema, people: personSchema, organisations: organisationSchema, documents: documentSchema };

/** Splits an .mdx file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(text) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]), body: text.slice(match[0].length) };
}

/** Validates every `every`-th file of each collection against its schema; returns { checked, problems: ["path: field: message"] }. */
export function validateFiles(files, every = 1) {
  const problems = [];
  const seen = {};
  let checked = 0;
  for (const [path, text] of files) {
    const collection = path.split('/')[0];
    const schema = SCHEMAS[collection];
    if (!schema) continue;
    seen[collection] = (seen[collection] ?? 0) + 1;
    if ((seen[collection] - 1) % every !== 0) continue;
    checked++;
    const data = collection === 'letters' ? splitFrontmatter(text).data : parse(text);
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  }
  return { checked, problems };
}
