import type { DocumentData, OrganisationData, PersonData } from '../schema/index.ts';
import type { Entry, LetterEntry } from '../lib/archive/archive.ts';
import { extractMentions } from '../lib/text/mentions.ts';
import { splitLetterFile } from './letter-loader.ts';
import { checkFrontmatter, checkMentions, type KnownTargets } from '../lib/archive/references.ts';
import { slugifySymbol } from '../schema/symbols.ts';

/** A broken reference located in a file. */
export interface LocatedProblem {
  file: string;
  line: number | null;
  field: string;
  message: string;
}

type ReadText = (path: string, encoding: 'utf8') => string;

/** Every broken reference in the archive, each with its file and line. */
export function collectProblems(
  input: { letters: LetterEntry[]; people: Entry<PersonData>[]; organisations: Entry<OrganisationData>[]; documents: Entry<DocumentData>[] },
  readText: ReadText,
): LocatedProblem[] {
  const known: KnownTargets = {
    people: new Set(input.people.map((p) => p.id)),
    organisations: new Set(input.organisations.map((o) => o.id)),
    documents: new Set(input.documents.map((d) => d.data.symbol)),
    letters: new Set(input.letters.map((l) => l.id)),
  };
  const problems: LocatedProblem[] = [];
  for (const doc of input.documents) {
    const slug = slugifySymbol(doc.data.symbol);
    if (slug !== doc.id) {
      problems.push({ file: `documents/${doc.id}.yaml`, line: null, field: 'symbol', message: `the file of ${doc.data.symbol} must be named ${slug}.yaml` });
    }
  }
  const byId = new Map(input.letters.map((l) => [l.id, l]));
  for (const letter of input.letters) {
    const found = [...checkMentions(letter.mentions ?? extractMentions(letter.body ?? ''), known), ...checkFrontmatter(frontmatterReferences(letter), known)];
    for (const id of letter.data.encloses) {
      const enclosed = byId.get(id);
      if (enclosed && enclosed.data.enclosedIn !== letter.id) {
        found.push({ bodyLine: null, field: 'encloses', message: `letter "${id}" does not name "${letter.id}" as its enclosedIn` });
      }
    }
    if (!found.length) continue;
    const bodyStart = bodyStartLine(readText, letter.filePath);
    for (const p of found) {
      problems.push({ file: letter.filePath, line: p.bodyLine === null ? null : bodyStart + p.bodyLine - 1, field: p.field, message: p.message });
    }
  }
  return problems;
}

function frontmatterReferences(letter: LetterEntry) {
  const { senders, recipients, encloses, enclosedIn, refersTo } = letter.data;
  const people: Array<[string, string]> = [];
  const organisations: Array<[string, string]> = [];
  senders.forEach((s, i) => {
    if (s.person) people.push([`senders[${i}].person`, s.person]);
    if (s.organisation) organisations.push([`senders[${i}].organisation`, s.organisation]);
  });
  recipients.forEach((r, i) => {
    if (r.person) people.push([`recipients[${i}].person`, r.person]);
    if (r.organisation) organisations.push([`recipients[${i}].organisation`, r.organisation]);
  });
  const letters: Array<[string, string]> = encloses.map((id, i) => [`encloses[${i}]`, id]);
  if (enclosedIn) letters.push(['enclosedIn', enclosedIn]);
  refersTo.forEach((r, i) => r.letter && letters.push([`refersTo[${i}].letter`, r.letter]));
  return { people, organisations, letters };
}

/**
 * The file line on which a letter's body starts: the first line with text after the frontmatter's
 * closing ---, since the MDX loader hands over the body trimmed of its leading blank lines.
 */
function bodyStartLine(readText: ReadText, filePath: string): number {
  try {
    return splitLetterFile(readText(filePath, 'utf8'))?.bodyLine ?? 1;
  } catch {
    return 1;
  }
}

/** Formats problems one per line ("content/letters/x.mdx:12 <PersonRef id="y">: unknown person id "y""), for the build error. */
export function formatProblems(problems: readonly LocatedProblem[]): string {
  const lines = problems.map((p) => `${p.file}${p.line === null ? '' : `:${p.line}`} ${p.field}: ${p.message}`);
  return `The archive has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
