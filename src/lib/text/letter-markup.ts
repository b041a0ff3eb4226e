import { datePath } from '../model/dates.ts';
import { lineFinder, MENTION_TAGS } from './mentions.ts';
import { slugifySymbol } from '../../schema/symbols.ts';
import { findMarkdownProblems } from './markdown-check.ts';

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

/** The body as Markdown, with what the conversion refused, the raw HTML it made, and each Markdown line's body line. */
interface Conversion extends LetterMarkdown {
  madeHtml: Set<string>;
  bodyLineOf: (markdownLine: number) => number;
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

/** The formatting tags a letter may hold, as its source has them ("70<sup>th</sup>"), always without attributes. */
export const FORMATTING_TAGS: ReadonlySet<string> = new Set(['sup', 'sub', 'b', 'i', 'em', 'strong', 'u', 'br']);

// An attribute as HTML or JSX may write it: name="value", name='value', name=value or a bare name. A value in
// braces is not one: it is code, reported as such.
const ATTRIBUTE_SOURCE = `[A-Za-z_:][\\w:.-]*(?:\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'|[^\\s"'=<>\`{}]+))?`;
// One token: an escaped character, a tag, a "{", or a line that MDX would read as a module statement.
const TOKEN = new RegExp(`\\\\[\\s\\S]|<(\\/?)([A-Za-z][\\w.:-]*)((?:\\s+${ATTRIBUTE_SOURCE})*)\\s*(\\/?)>|<|\\{|(?<=^|\\n\\n)(?:import|export)(?=[ \\t])`, 'g');
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`{}]+)))?/g;
// Formatting tags as the Markdown holds them: no attributes.
const FORMATTING_HTML = new RegExp(`^<\\/?(?:${[...FORMATTING_TAGS].join('|')})\\s*\\/?>$`);

/** One attribute of a tag as written: its name, its value, and whether the value is in double quotes. */
interface WrittenAttribute {
  name: string;
  value: string;
  quoted: boolean;
  text: string;
}

function attributesOf(source: string): WrittenAttribute[] {
  return [...source.matchAll(ATTRIBUTE)].map((m) => ({ name: m[1]!, value: m[2] ?? m[3] ?? m[4] ?? '', quoted: m[2] !== undefined, text: m[0] }));
}

function dateHref(date: string): string {
  try {
    return datePath(date);
  } catch {
    return '/dates/';
  }
}

/** What is wrong with one attribute a tag carries that it may not: an id is named as such, for ids are the page's own. */
function attributeProblem(tag: string, found: WrittenAttribute, allowed: string | null): string {
  const may = allowed ? `<${tag}> takes only ${allowed}="..."` : `<${tag}> takes no attributes`;
  if (found.name.toLowerCase() === 'id') return `an id (${found.text}) on <${tag}>: ids on a letter's page are the archive's own (#main, #p1...); ${may}`;
  return `the attribute ${found.text} on <${tag}>: ${may}`;
}

/** The problems of a tag's attributes: a mention carries exactly its one attribute in double quotes, anything else none. */
function tagProblems(name: string, closing: boolean, attributes: WrittenAttribute[]): string[] {
  const allowed = MENTIONS[name] && !closing ? MENTION_TAGS[name]!.attribute : null;
  const problems = attributes.filter((a) => a.name !== allowed).map((a) => attributeProblem(`${closing ? '/' : ''}${name}`, a, allowed));
  const own = attributes.filter((a) => a.name === allowed);
  if (allowed && own.length !== 1) problems.push(`<${name}> needs one ${allowed}="..." (found ${own.length})`);
  else if (allowed && !own[0]!.quoted) problems.push(`<${name}> ${own[0]!.text}: write the value in double quotes, ${allowed}="..."`);
  return problems;
}

/** The body as Markdown: mentions made links, everything refused reported and shown as text, never as HTML. */
function convert(body: string): Conversion {
  const lineOf = lineFinder(body);
  const problems: MarkupProblem[] = [];
  const madeHtml = new Set<string>();
  const problem = (offset: number, message: string) => problems.push({ line: lineOf(offset), message });
  const asText = (token: string) => token.replace(/</g, '&lt;').replace(/\{/g, '&#123;');
  const converted = body.replace(TOKEN, (token: string, slash: string | undefined, name: string | undefined, attributeText: string, selfClosing: string, offset: number) => {
    if (token[0] === '\\') return token;
    if (name !== undefined) {
      const closing = slash === '/';
      if (!MENTIONS[name] && !FORMATTING_TAGS.has(name)) {
        problem(offset, `the element <${slash}${name}> is not one a letter may hold (PersonRef, OrgRef, DocRef, DateRef, or ${[...FORMATTING_TAGS].join(', ')})`);
        return asText(token);
      }
      const attributes = attributesOf(attributeText);
      const found = tagProblems(name, closing, attributes);
      if (MENTIONS[name] && selfClosing) found.push(`<${name} /> marks no words: write <${name} ...>words</${name}>`);
      for (const message of found) problem(offset, message);
      if (found.length) return asText(token);
      if (!MENTIONS[name]) return token;
      const html = closing ? MENTIONS[name].close : MENTIONS[name].open(attributes[0]!.value);
      for (const tag of html.match(/<[^<>]*>/g) ?? []) madeHtml.add(tag);
      return html;
    }
    if (token === '<') problem(offset, /[A-Za-z/]/.test(body[offset + 1] ?? '') ? 'a tag this archive cannot read: write its attributes as name="value"' : 'a "<" that starts no tag: write it as \\< or &lt;');
    else if (token === '{') problem(offset, 'a "{" would start code in MDX: write it as \\{');
    else problem(offset, `a line starting "${token}" would be read as code in MDX: write its first letter as &#x${token.charCodeAt(0).toString(16)};`);
    return asText(token);
  });
  const { markdown, bodyLineOf } = withBlankAfterLoneTags(withoutIndentedCode(converted));
  return { markdown, problems, madeHtml, bodyLineOf };
}

/**
 * Turns a letter's MDX body, as the ingest writes it, into Markdown with the mentions as plain HTML links,
 * so that the build renders it like Markdown (no MDX module per letter, and nothing in it is ever run).
 * Anything the archive's MDX does not allow (an {expression}, an import, an unknown tag, an attribute) is
 * reported with its line and left as text: the page would otherwise show or lose it silently.
 */
export function letterBodyToMarkdown(body: string): LetterMarkdown {
  const { markdown, problems } = convert(body);
  return { markdown, problems };
}

/**
 * The one check of a letter body, shared by the ingest and the build, with the Markdown the page is rendered from:
 * the tags and code of the MDX (as letterBodyToMarkdown reports them), then the tree Sätteri parses from that
 * Markdown (links other than http(s) and mailto, images, raw HTML, footnotes: see markdown-check.ts).
 */
export function checkedLetterMarkdown(body: string): LetterMarkdown {
  const { markdown, problems, madeHtml, bodyLineOf } = convert(body);
  // Raw HTML is allowed when it is nothing but tags this conversion made or formatting tags (an HTML block may hold several).
  const allowed = (html: string) =>
    html.split(/(<[^<>]*>)/).every((piece, i) => (i % 2 ? madeHtml.has(piece) || FORMATTING_HTML.test(piece) : piece.trim() === ''));
  const found = findMarkdownProblems(markdown, allowed).map((f) => ({ line: bodyLineOf(f.line), message: f.message }));
  return { markdown, problems: [...problems, ...found].sort((a, b) => a.line - b.line) };
}

/** What stops a letter body from being published (see checkedLetterMarkdown); empty when it may be. */
export function checkLetterBody(body: string): MarkupProblem[] {
  return checkedLetterMarkdown(body).problems;
}

// A block whose first line is one tag and nothing more ("<br>", "<b>") is an HTML block to Markdown, which
// would then show the escapes of the lines after it. MDX reads such a line as a block of its own: so does this.
const LONE_TAG_LINE = /^ {0,3}<\/?[A-Za-z][^<>]*>[ \t]*$/;

function withBlankAfterLoneTags(markdown: string): { markdown: string; bodyLineOf: (line: number) => number } {
  const lines = markdown.split('\n');
  const out: string[] = [];
  const bodyLines: number[] = [];
  let blockStart = true;
  lines.forEach((line, index) => {
    out.push(line);
    bodyLines.push(index + 1);
    const loneTag: boolean = blockStart && LONE_TAG_LINE.test(line);
    if (loneTag) {
      out.push('');
      bodyLines.push(index + 1);
    }
    blockStart = loneTag || line.trim() === '';
  });
  return { markdown: out.join('\n'), bodyLineOf: (line) => bodyLines[line - 1] ?? lines.length };
}

/**
 * MDX reads an indented line as text, Markdown as code: a block's first line loses its indentation,
 * so the page shows what the letter's MDX shows.
 */
function withoutIndentedCode(markdown: string): string {
  return markdown.replace(/(^|\n[ \t]*\n)(?: {4,}|\t| {0,3}\t)[ \t]*/g, '$1');
}
