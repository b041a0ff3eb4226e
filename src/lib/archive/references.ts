import type { Mention } from '../text/mentions.ts';
import { parseSymbol } from '../../schema/symbols.ts';

/** What the archive holds, by the keys that letters use to point at it. */
export interface KnownTargets {
  people: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  /** Canonical symbols of the documents collection. */
  documents: ReadonlySet<string>;
  letters: ReadonlySet<string>;
}

/** A broken reference in one letter: where it is and what is wrong. */
export interface ReferenceProblem {
  /** Line within the letter's body (1-based), or null for a frontmatter field. */
  bodyLine: number | null;
  /** The frontmatter field, or the mention's tag, that holds the reference. */
  field: string;
  message: string;
}

const TAG_OF = { person: 'PersonRef id', organisation: 'OrgRef id', document: 'DocRef symbol', date: 'DateRef date' } as const;

/** Checks every mention of one letter body against what the archive holds. */
export function checkMentions(mentions: readonly Mention[], known: KnownTargets): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const mention of mentions) {
    const field = `<${TAG_OF[mention.kind]}="${mention.key}">`;
    const problem = mentionProblem(mention, known);
    if (problem) problems.push({ bodyLine: mention.line, field, message: problem });
  }
  return problems;
}

function mentionProblem(mention: Mention, known: KnownTargets): string | null {
  const { kind, key } = mention;
  if (kind === 'person' && !known.people.has(key)) return `unknown person id "${key}" (no content/people/${key}.yaml)`;
  if (kind === 'organisation' && !known.organisations.has(key)) {
    return `unknown organisation id "${key}" (no content/organisations/${key}.yaml)`;
  }
  if (kind === 'document') {
    const parsed = parseSymbol(key);
    if (!parsed || parsed.symbol !== key) return `"${key}" is not a canonical document symbol (write e.g. A/RES/69/321)`;
    if (!known.documents.has(key)) return `unknown document symbol "${key}" (no entry in content/documents)`;
  }
  if (kind === 'date' && !isIsoDay(key)) return `"${key}" is not a calendar date written YYYY-MM-DD`;
  return null;
}

function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The frontmatter references of a letter, as field path and target, for checking. */
export interface FrontmatterReferences {
  people: Array<[field: string, id: string]>;
  organisations: Array<[field: string, id: string]>;
  letters: Array<[field: string, id: string]>;
}

/** Checks a letter's frontmatter references (senders, recipients, enclosures) against what the archive holds. */
export function checkFrontmatter(refs: FrontmatterReferences, known: KnownTargets): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const check = (list: Array<[string, string]>, set: ReadonlySet<string>, what: string) => {
    for (const [field, id] of list) {
      if (!set.has(id)) problems.push({ bodyLine: null, field, message: `unknown ${what} id "${id}"` });
    }
  };
  check(refs.people, known.people, 'person');
  check(refs.organisations, known.organisations, 'organisation');
  check(refs.letters, known.letters, 'letter');
  return problems;
}
