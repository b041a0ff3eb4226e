import { datePath } from '../model/dates.ts';
import { lineFinder, MENTION_TAGS } from './mentions.ts';
import { slugifySymbol } from '../../schema/symbols.ts';

/** Something in a letter body the archive will not publish, with its line in the body (1-based). */
export interface MarkupProblem {
  line: number;
  message: string;
}

/** A letter body made ready for the Markdown renderer, and what stopped parts of it. */
export interface LetterMarkdown {
  markdown: string;
  problems: MarkupProblem[];
}

type Opening = (value: string) => string;

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Each mention component as the HTML it stands for: the page links it without running any component code.
// (The attribute that names each target is in MENTION_TAGS.)
const MENTIONS: Record<string, { open: Opening; close: string }> = {
  PersonRef: { open: (id) => `<a class="mention mention-person" href="/people/${attr(id)}/">`, close: '</a>' },
  OrgRef: { open: (id) => `<a class="mention mention-organisation" href="/organisations/${attr(id)}/">`, close: '</a>' },
  DocRef: { open: (symbol) => `<a class="mention mention-document" href="/documents/${slugifySymbol(symbol)}/" data-symbol="${attr(symbol)}">`, close: '</a>' },
  DateRef: { open: (date) => `<a class="mention mention-date" href="${dateHref(date)}"><time datetime="${attr(date)}">`, close: '</time></a>' },
};

/** The formatting tags a letter may hold, as its source has them ("70<sup>th</sup>"); HTML keeps them as they are. */
export const FORMATTING_TAGS: ReadonlySet<string> = new Set(['sup', 'sub', 'b', 'i', 'em', 'strong', 'u', 'br']);

// One token: an escaped character, a tag, a "{", or a line that MDX would read as a module statement.
const TOKEN = /\\[\s\S]|<(\/?)([A-Za-z][\w.:-]*)((?:\s+[A-Za-z_][\w-]*="[^"<>]*")*)\s*(\/?)>|<|\{|(?<=^|\n\n)(?:import|export)(?=[ \t])/g;
const ATTRIBUTE = /([A-Za-z_][\w-]*)="([^"]*)"/g;

function dateHref(date: string): string {
  try {
    return datePath(date);
  } catch {
    return '/dates/';
  }
}

function mentionHtml(name: string, closing: boolean, attributes: string): string {
  const mention = MENTIONS[name]!;
  if (closing) return mention.close;
  const pairs = [...attributes.matchAll(ATTRIBUTE)];
  const value = pairs.find((pair) => pair[1] === MENTION_TAGS[name]!.attribute)?.[2] ?? '';
  return mention.open(value);
}

/**
 * Turns a letter's MDX body, as the ingest writes it, into Markdown with the mentions as plain HTML links,
 * so that the build renders it like Markdown (no MDX module per letter, and nothing in it is ever run).
 * Anything the archive's MDX does not allow (an {expression}, an import, an unknown or malformed tag)
 * is reported with its line instead: the page would otherwise show or lose it silently.
 */
export function letterBodyToMarkdown(body: string): LetterMarkdown {
  const lineOf = lineFinder(body);
  const problems: MarkupProblem[] = [];
  const problem = (offset: number, message: string) => problems.push({ line: lineOf(offset), message });
  const markdown = body.replace(TOKEN, (token: string, slash: string | undefined, name: string | undefined, attributes: string, selfClosing: string, offset: number) => {
    if (token[0] === '\\') return token;
    if (name !== undefined) {
      if (MENTIONS[name] && !selfClosing) return mentionHtml(name, slash === '/', attributes);
      if (FORMATTING_TAGS.has(name)) return token;
      problem(offset, `the element <${slash}${name}> is not one a letter may hold (PersonRef, OrgRef, DocRef, DateRef, or ${[...FORMATTING_TAGS].join(', ')})`);
      return token;
    }
    if (token === '<') problem(offset, /[A-Za-z/]/.test(body[offset + 1] ?? '') ? 'a tag this archive cannot read: write its attributes as name="value"' : 'a "<" that starts no tag: write it as \\< or &lt;');
    else if (token === '{') problem(offset, 'a "{" would start code in MDX: write it as \\{');
    else problem(offset, `a line starting "${token}" would be read as code in MDX: write its first letter as &#x${token.charCodeAt(0).toString(16)};`);
    return token;
  });
  return { markdown: withBlankAfterLoneTags(withoutIndentedCode(markdown)), problems };
}

// A block whose first line is one tag and nothing more ("<br>", "<b>") is an HTML block to Markdown, which
// would then show the escapes of the lines after it. MDX reads such a line as a block of its own: so does this.
const LONE_TAG_LINE = /^ {0,3}<\/?[A-Za-z][^<>]*>[ \t]*$/;

function withBlankAfterLoneTags(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let blockStart = true;
  for (const line of lines) {
    out.push(line);
    const loneTag: boolean = blockStart && LONE_TAG_LINE.test(line);
    if (loneTag) out.push('');
    blockStart = loneTag || line.trim() === '';
  }
  return out.join('\n');
}

/**
 * MDX reads an indented line as text, Markdown as code: a block's first line loses its indentation,
 * so the page shows what the letter's MDX shows.
 */
function withoutIndentedCode(markdown: string): string {
  return markdown.replace(/(^|\n[ \t]*\n)(?: {4,}|\t| {0,3}\t)[ \t]*/g, '$1');
}
