import { markdownToMdast } from 'satteri';

/** What the Markdown parser finds in a letter body that a page may not show, with its line in the Markdown (1-based). */
export interface MarkdownFinding {
  line: number;
  message: string;
}

interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  label?: string | null;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** How a letter's Markdown is read, here and where its page is rendered: GFM, and the source's own punctuation. */
export const LETTER_MARKDOWN_FEATURES = { gfm: true, smartPunctuation: false } as const;

// The schemes a letter may link to: the web and e-mail. Nothing that runs (javascript:), embeds (data:) or
// points into the archive's own pages, whose links only the mention components make.
const LINKABLE = /^(?:https?:\/\/|mailto:)/i;

const shown = (text: string, limit = 60) => JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);

function findingOf(node: MdastNode, isAllowedHtml: (html: string) => boolean): string | null {
  switch (node.type) {
    case 'html':
      return isAllowedHtml(node.value ?? '') ? null : `raw HTML ${shown(node.value ?? '')}: a letter may hold only the mention components and the formatting tags, with no attributes`;
    case 'link':
    case 'definition':
      return LINKABLE.test((node.url ?? '').trim()) ? null : `a link to ${shown(node.url ?? '')}: a letter may link only to http(s) and mailto addresses`;
    case 'image':
      return `an image (${shown(node.url ?? '')}): a letter's page shows no images and loads nothing from another site; write "!" before "[" as \\!`;
    case 'imageReference':
      return `an image ("![${node.label ?? ''}]"): a letter's page shows no images; write "!" before "[" as \\!`;
    case 'footnoteReference':
    case 'footnoteDefinition':
      return `a footnote ("[^${node.label ?? ''}]"), whose markup gives the page ids of its own: write the "[" as \\[`;
    default:
      return null;
  }
}

/**
 * Parses the Markdown the page is rendered from and reports everything in its tree that a letter may not hold:
 * raw HTML that is not allowed, links other than http(s) and mailto, images, and footnotes (which add ids).
 * `isAllowedHtml` says which raw HTML is the letter's own (its formatting tags, the mentions made links).
 */
export function findMarkdownProblems(markdown: string, isAllowedHtml: (html: string) => boolean): MarkdownFinding[] {
  // Positions cost about half the parse: a body with nothing to report (nearly all) is parsed without them.
  const findings = findingsIn(markdown, isAllowedHtml, false);
  return findings.length ? findingsIn(markdown, isAllowedHtml, true) : findings;
}

function findingsIn(markdown: string, isAllowedHtml: (html: string) => boolean, position: boolean): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  const visit = (node: MdastNode): void => {
    const message = findingOf(node, isAllowedHtml);
    if (message) findings.push({ line: node.position?.start.line ?? 1, message });
    for (const child of node.children ?? []) visit(child);
  };
  visit(markdownToMdast(markdown, { features: LETTER_MARKDOWN_FEATURES, position }) as unknown as MdastNode);
  return findings;
}
