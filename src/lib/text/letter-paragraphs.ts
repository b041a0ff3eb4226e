import { decodeEntities } from './mdx-text.ts';

const BLOCK_TAG = /<\/?(?:p|li|ul|ol|h\d|blockquote|br|div|table|tr|td|th)\b[^>]*>/gi;
const ANCHORED = /<(p|li)\b[^>]*\sid="p(\d+)"[^>]*>/g;

/**
 * The text of each numbered paragraph of a letter's HTML (as letter-html.ts renders it), by number: what a
 * reader sees in the element with id "pN", without its paragraph number, tags removed, spaces collapsed.
 * A list item that holds a nested list keeps the nested items' text, as the page shows them inside it.
 */
export function letterParagraphs(html: string): Map<number, string> {
  const paragraphs = new Map<number, string>();
  for (const match of html.matchAll(ANCHORED)) {
    const start = match.index + match[0].length;
    const inner = html.slice(start, closingTagAt(html, match[1]!, start));
    paragraphs.set(Number(match[2]), htmlToText(inner));
  }
  return paragraphs;
}

/** Where the element opened just before `from` closes: its own closing tag, nested elements of its name skipped. */
function closingTagAt(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return found.index;
  }
  return html.length;
}

function htmlToText(inner: string): string {
  const text = inner
    .replace(/<a\b[^>]*class="para-link"[^>]*>[\s\S]*?<\/a>/g, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
