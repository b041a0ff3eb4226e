import { letterSchema } from '../schema/index.ts';
import { letterFileText } from '../lib/ingest/letter-file.ts';
import { verifyMdx } from '../lib/ingest/verify-mdx.ts';
import { entityTexts, type EntityFile, type EntityText } from './entity-files.ts';

/** One letter to check and render: its MDX body, its lines of the source, and its frontmatter. */
export interface LetterToRender {
  body: string;
  sourceText: string;
  frontmatter: Record<string, unknown>;
}

/** What checking a letter found (verifyMdx's problems, empty when none), and its file's text when it passed. */
export interface RenderedLetter {
  problems: string[];
  text: string;
  /** The frontmatter's first problem against the letter schema ("field: message"), when it has one: the body is then not checked. */
  invalid?: string;
}

/** A source's letters to check and render, and the entity files each may add. */
export interface SourceToRender {
  letters: LetterToRender[];
  entities: EntityFile[][];
}

/** A source's letters checked and rendered (up to the first that fails), and each letter's entity files as YAML. */
export interface RenderedSource {
  letters: RenderedLetter[];
  entities: EntityText[][];
}

/**
 * Validates the frontmatter and checks the body of each letter of a source in order and renders the file of each
 * that passes; stops at the first that fails, as the source then fails and none of its files is written. Pure: it
 * runs on a worker thread too.
 */
export function renderSource(source: SourceToRender): RenderedSource {
  const letters: RenderedLetter[] = [];
  for (const letter of source.letters) {
    const checked = letterSchema.safeParse(letter.frontmatter);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      letters.push({ problems: [], text: '', invalid: `${issue.path.join('.') || 'letter'}: ${issue.message}` });
      return { letters, entities: [] };
    }
    const { problems } = verifyMdx(letter.body, letter.sourceText);
    letters.push({ problems, text: problems.length ? '' : letterFileText(letter.frontmatter, letter.body) });
    if (problems.length) return { letters, entities: [] };
  }
  return { letters, entities: source.entities.map(entityTexts) };
}
