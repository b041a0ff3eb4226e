import { decodeEntities } from './mdx-text.ts';

const BLOCK_TAG = /<\/?(?:p|li|ul|ol|h\d|blockquote|br|div|section|table|tr|td|th)\b[^>]*>/gi;

/**
 * The text a reader sees of a letter on its built page: the contents of the .letter-text element,
 * without the paragraph numbers, block tags turned into spaces and inline tags removed ("70<sup>th</sup>" -> "70th").
 */
export function letterTextFromHtml(html: string): string | null {
  const start = html.search(/<div[^>]*class="letter-text"[^>]*>/);
  if (start < 0) return null;
  const end = html.indexOf('</div>', start);
  const inner = html.slice(html.indexOf('>', start) + 1, end < 0 ? undefined : end);
  const text = inner
    .replace(/<a\b[^>]*class="para-link"[^>]*>[\s\S]*?<\/a>/g, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
