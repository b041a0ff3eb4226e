import { markdownToHast, mdxToHast } from 'satteri';
import { findMissingWords } from '../text/fidelity.ts';
import { FORMATTING_TAGS, letterBodyToMarkdown } from '../text/letter-markup.ts';
import { MENTION_TAGS } from '../text/mentions.ts';
import { decodeEntities } from '../text/mdx-text.ts';

/** Components and formatting tags the ingest writes; anything else in an MDX body did not come from it. */
const ALLOWED_ELEMENTS = new Set([...Object.keys(MENTION_TAGS), ...FORMATTING_TAGS]);
const CODE_NODES = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'hr', 'br']);

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  children?: Node[];
}

/** What checking a body found: code it would run, tags it should not have, the first source word it loses. */
export interface MdxVerdict {
  problems: string[];
}

function walk(node: Node, text: string[], problems: string[], formattingTags: boolean): void {
  if (node.type === 'raw') text.push(rawText(node.value ?? '', formattingTags));
  if (CODE_NODES.has(node.type)) problems.push(`the MDX holds code (${node.type}): ${String(node.value ?? '').slice(0, 40)}`);
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !ALLOWED_ELEMENTS.has(node.name ?? '')) {
    problems.push(`the MDX holds a <${node.name ?? 'fragment'}> element the ingest does not write`);
  }
  if (node.type === 'text' && node.value) text.push(node.value);
  const block = node.type === 'element' && BLOCKS.has(node.tagName ?? '');
  const tag = formattingTags && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && FORMATTING_TAGS.has(node.name ?? '') ? node.name : null;
  if (block) text.push(' ');
  if (tag) text.push(`<${tag}>`);
  for (const child of node.children ?? []) walk(child, text, problems, formattingTags);
  if (tag) text.push(`</${tag}>`);
  if (block) text.push(' ');
}

/**
 * The text a reader will see of an MDX body (no code is run: the body is parsed, never evaluated). With
 * `formattingTags`, the formatting tags stand in it where the source has them, so that a text compared with
 * its source word by word drops the same tags: without them, text around a "<b>bold</b>" could run together
 * into something that looks like a tag ("<On ... bold >") and its words would seem lost.
 */
export function mdxReaderText(mdx: string, formattingTags = false): { text: string; problems: string[] } {
  const text: string[] = [];
  const problems: string[] = [];
  walk(mdxToHast(mdx) as unknown as Node, text, problems, formattingTags);
  return { text: text.join(''), problems };
}

/** The text of inline HTML as a browser shows it: tags dropped, or kept as markers for the formatting tags. */
function rawText(html: string, formattingTags: boolean): string {
  const tags = html.replace(/<(\/?)([A-Za-z]+)[^<>]*>/g, (_, slash: string, name: string) => (formattingTags && FORMATTING_TAGS.has(name) ? `<${slash}${name}>` : ''));
  return decodeEntities(tags);
}

/** The text a reader will see of the Markdown the site builds from a body (see letter-markup.ts). */
export function markdownReaderText(markdown: string, formattingTags = false): string {
  const text: string[] = [];
  walk(markdownToHast(markdown) as unknown as Node, text, [], formattingTags);
  return text.join('');
}

/**
 * Checks that an MDX body parses, runs no code, and shows every word of its source in order, both as MDX
 * and as the Markdown the site renders from it.
 */
export function verifyMdx(mdx: string, source: string): MdxVerdict {
  let result: { text: string; problems: string[] };
  try {
    result = mdxReaderText(mdx, true);
  } catch (error) {
    return { problems: [`the MDX does not parse: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const missing = findMissingWords(source, result.text);
  if (missing) result.problems.push(`word "${missing.word}" of the source (after "${missing.after}") would not appear on the page`);
  const page = letterBodyToMarkdown(mdx);
  result.problems.push(...page.problems.map((p) => `line ${p.line}: ${p.message}`));
  const missingOnPage = findMissingWords(source, markdownReaderText(page.markdown, true));
  if (missingOnPage && !missing) result.problems.push(`word "${missingOnPage.word}" of the source (after "${missingOnPage.after}") would not appear in the built page`);
  return { problems: result.problems };
}
