import { markdownToHtml } from 'satteri';
import { paragraphAnchors } from './paragraph-anchors.ts';
import { letterBodyToMarkdown } from './letter-markup.ts';
import { LETTER_MARKDOWN_FEATURES } from './markdown-check.ts';

/**
 * A letter's body as its page shows it: the MDX made Markdown (mentions as links, see letter-markup.ts),
 * rendered by Sätteri with GFM, the source's own punctuation, and numbered paragraphs. Rendered when the
 * page is, so that the content store holds no second copy of every letter's text as HTML.
 */
export async function letterBodyHtml(body: string): Promise<string> {
  const { html } = await markdownToHtml(letterBodyToMarkdown(body).markdown, {
    hastPlugins: [paragraphAnchors],
    // Smart punctuation stays off: an archive shows the source's own quotes and dashes.
    features: LETTER_MARKDOWN_FEATURES,
  });
  return html;
}
