import { lineFinder } from '../text/mentions.ts';

/** The components a collection's essay may use to cite the archive, with the attributes each takes. */
export const COLLECTION_COMPONENTS: Record<string, { required: string[]; optional: string[] }> = {
  Letter: { required: ['id'], optional: [] },
  Quote: { required: ['letter', 'paragraph'], optional: [] },
  Timeline: { required: [], optional: [] },
};

/** One use of a collection component in an essay, with the letter (and paragraph) it cites. */
export interface CollectionReference {
  component: string;
  /** The letter it names; null for <Timeline/>. */
  letter: string | null;
  /** The paragraph a <Quote> takes; null otherwise. */
  paragraph: number | null;
  /** Line within the body (1-based). */
  line: number;
}

/** Something wrong in a collection's essay, with its line in the body (1-based). */
export interface CollectionProblem {
  line: number;
  /** The tag as written, shortened ("<Quote letter="x" paragraph={9}/>"). */
  tag: string;
  message: string;
}

const TAG = new RegExp(`<(${Object.keys(COLLECTION_COMPONENTS).join('|')})(?=[\\s/>])((?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^{}]*\\})*)>`, 'g');
const ATTRIBUTE = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\})/g;
// Code is text in an essay: a tag shown inside ``` fences or `backticks` is not a use of the component.
const CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$|`[^`\n]+`/gm;

/**
 * Reads every <Letter>, <Quote> and <Timeline> of a collection's MDX body, with its line, and what is wrong
 * with any of them that can be told from the text alone (a missing or unknown attribute, a value that is not
 * a literal, a paragraph that is not a whole number).
 */
export function findCollectionReferences(body: string): { references: CollectionReference[]; problems: CollectionProblem[] } {
  const lineOf = lineFinder(body);
  const text = body.replace(CODE, (code) => code.replace(/[^\n]/g, ' '));
  const references: CollectionReference[] = [];
  const problems: CollectionProblem[] = [];
  for (const match of text.matchAll(TAG)) {
    const component = match[1]!;
    const line = lineOf(match.index);
    const tag = match[0].length > 80 ? `${match[0].slice(0, 77)}...` : match[0];
    const values = readAttributes(match[2]!.replace(/\/\s*$/, ''));
    const allowed = COLLECTION_COMPONENTS[component]!;
    const before = problems.length;
    const found = (message: string) => problems.push({ line, tag, message });
    for (const name of Object.keys(values.literal).concat(values.expressions)) {
      if (!allowed.required.includes(name) && !allowed.optional.includes(name)) found(`<${component}> takes no attribute "${name}"`);
    }
    for (const name of values.expressions) found(`${name} must be written as a literal ("..." or a number in {}), so that the build can check it`);
    const missing = allowed.required.filter((name) => values.literal[name] === undefined && !values.expressions.includes(name));
    for (const name of missing) found(`<${component}> needs the attribute ${name}`);
    if (problems.length > before) continue;
    if (component === 'Timeline') references.push({ component, letter: null, paragraph: null, line });
    if (component === 'Letter') references.push({ component, letter: values.literal.id!, paragraph: null, line });
    if (component === 'Quote') {
      const paragraph = Number(values.literal.paragraph);
      if (!Number.isInteger(paragraph) || paragraph < 1) found(`paragraph must be a whole number from 1, not "${values.literal.paragraph}"`);
      else references.push({ component, letter: values.literal.letter!, paragraph, line });
    }
  }
  return { references, problems };
}

/** The attributes of a tag: literal values by name ("x", 'x', {3}, {"x"}), and the names given any other expression. */
function readAttributes(source: string): { literal: Record<string, string>; expressions: string[] } {
  const literal: Record<string, string> = {};
  const expressions: string[] = [];
  for (const [, name, double, single, expression] of source.matchAll(ATTRIBUTE)) {
    if (expression === undefined) literal[name!] = double ?? single ?? '';
    else if (/^\s*(?:\d+|"[^"]*"|'[^']*')\s*$/.test(expression)) literal[name!] = expression.trim().replace(/^["']|["']$/g, '');
    else expressions.push(name!);
  }
  return { literal, expressions };
}

/** What the archive holds that a collection may cite: its letter ids and how many paragraphs each has. */
export interface CitableLetters {
  has(id: string): boolean;
  paragraphCount(id: string): number;
}

/** The references that name a letter the archive does not hold, or a paragraph its letter does not have. */
export function checkCollectionReferences(references: readonly CollectionReference[], letters: CitableLetters): CollectionProblem[] {
  const problems: CollectionProblem[] = [];
  for (const ref of references) {
    if (ref.letter === null) continue;
    const tag = ref.component === 'Quote' ? `<Quote letter="${ref.letter}" paragraph={${ref.paragraph}}/>` : `<Letter id="${ref.letter}"/>`;
    if (!letters.has(ref.letter)) problems.push({ line: ref.line, tag, message: `unknown letter id "${ref.letter}"` });
    else if (ref.paragraph !== null) {
      const count = letters.paragraphCount(ref.letter);
      if (ref.paragraph > count) problems.push({ line: ref.line, tag, message: `letter "${ref.letter}" has ${count} paragraph${count === 1 ? '' : 's'}, not ${ref.paragraph}` });
    }
  }
  return problems;
}
