import { markdownToHast, mdxToHast } from 'satteri';
import { findMissingWordsOf, words } from '../text/fidelity.ts';
import { checkedLetterMarkdown, FORMATTING_TAGS } from '../text/letter-markup.ts';
import { decodeEntities } from '../text/mdx-text.ts';

const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'hr', 'br']);

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  children?: Node[];
}

/** What checking a body found: what the build would refuse (checkLetterBody), the first source word it loses. */
export interface MdxVerdict {
  problems: string[];
}

function walk(node: Node, text: string[], formattingTags: boolean): void {
  if (node.type === 'raw') text.push(rawText(node.value ?? '', formattingTags));
  if (node.type === 'text' && node.value) text.push(node.value);
  const block = node.type === 'element' && BLOCKS.has(node.tagName ?? '');
  const tag = formattingTags && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && FORMATTING_TAGS.has(node.name ?? '') ? node.name : null;
  if (block) text.push(' ');
  if (tag) text.push(`<${tag}>`);
  for (const child of node.children ?? []) walk(child, text, formattingTags);
  if (tag) text.push(`</${tag}>`);
  if (block) text.push(' ');
}

/**
 * The text a reader will see of an MDX body (no code is run: the body is parsed, never evaluated). With
 * `formattingTags`, the formatting tags stand in it where the source has them, so that a text compared with
 * its source word by word drops the same tags: without them, text around a "<b>bold</b>" could run together
 * into something that looks like a tag ("<On ... bold >") and its words would seem lost.
 */
export function mdxReaderText(mdx: string, formattingTags = false): { text: string } {
  const text: string[] = [];
  walk(mdxToHast(mdx) as unknown as Node, text, formattingTags);
  return { text: text.join('') };
}

/** The text of inline HTML as a browser shows it: tags dropped, or kept as markers for the formatting tags. */
function rawText(html: string, formattingTags: boolean): string {
  const tags = html.replace(/<(\/?)([A-Za-z]+)[^<>]*>/g, (_, slash: string, name: string) => (formattingTags && FORMATTING_TAGS.has(name) ? `<${slash}${name}>` : ''));
  return decodeEntities(tags);
}

/** The text a reader will see of the Markdown the site builds from a body (see letter-markup.ts). */
export function markdownReaderText(markdown: string, formattingTags = false): string {
  const text: string[] = [];
  walk(markdownToHast(markdown) as unknown as Node, text, formattingTags);
  return text.join('');
}

/**
 * Checks that an MDX body parses, passes the build's own check of what a letter may hold (checkedLetterMarkdown: no
 * code, no other tags, attributes, images or links), and shows every word of its source in order, both as MDX
 * and as the Markdown the site renders from it.
 */
export function verifyMdx(mdx: string, source: string): MdxVerdict {
  let text: string;
  try {
    text = mdxReaderText(mdx, true).text;
  } catch (error) {
    return { problems: [`the MDX does not parse: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const page = checkedLetterMarkdown(mdx);
  const problems = page.problems.map((p) => `line ${p.line}: ${p.message}`);
  const wanted = words(source);
  const missing = findMissingWordsOf(wanted, text);
  if (missing) problems.push(`word "${missing.word}" of the source (after "${missing.after}") would not appear on the page`);
  const missingOnPage = findMissingWordsOf(wanted, markdownReaderText(page.markdown, true));
  if (missingOnPage && !missing) problems.push(`word "${missingOnPage.word}" of the source (after "${missingOnPage.after}") would not appear in the built page`);
  return { problems };
}
