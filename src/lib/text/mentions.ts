import { mdxToPlainText } from './mdx-text.ts';
import { sentenceAt } from './sentences.ts';
import { itself, lowerBound } from './lower-bound.ts';

/** What a mention points at. */
export type MentionKind = 'person' | 'organisation' | 'document' | 'date';

/** One marked-up mention in a letter's MDX body. */
export interface Mention {
  kind: MentionKind;
  /** The target: a person or organisation id, a document symbol, or an ISO date. */
  key: string;
  /** The words of the letter that make the mention ("GA Resolution 69/321"). */
  text: string;
  /** Line of the mention within the body (1-based). */
  line: number;
  /** Number of the paragraph that holds it, as numbered on the page (#p1, #p2...). */
  paragraph: number;
  /** The sentence that holds it, as plain text. */
  sentence: string;
}

/** The MDX components that mark mentions, with the attribute that names each target. */
export const MENTION_TAGS: Record<string, { kind: MentionKind; attribute: string }> = {
  PersonRef: { kind: 'person', attribute: 'id' },
  OrgRef: { kind: 'organisation', attribute: 'id' },
  DocRef: { kind: 'document', attribute: 'symbol' },
  DateRef: { kind: 'date', attribute: 'date' },
};

const MENTION = /<(PersonRef|OrgRef|DocRef|DateRef)\s+(\w+)="([^"]*)"\s*>([\s\S]*?)<\/\1>/g;

/** A block of the body as the page numbers it: one paragraph or one list item. */
export interface BodyParagraph {
  /** Paragraph number (1-based), matching the page's #pN anchors. */
  number: number;
  /** Offset of the paragraph's first character in the body. */
  start: number;
  /** The paragraph's MDX source. */
  source: string;
}

/** Splits a letter body into the paragraphs and list items the page numbers, in order. */
export function splitParagraphs(body: string): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  const block = /(?:^|\n)((?:[^\n]*\S[^\n]*(?:\n|$))+)/g;
  for (const match of body.matchAll(block)) {
    const text = match[1]!.replace(/\n$/, '');
    const start = match.index! + match[0].indexOf(match[1]!);
    const lines = text.split('\n');
    if (lines.every((line) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(line))) {
      let offset = start;
      for (const line of lines) {
        paragraphs.push({ number: paragraphs.length + 1, start: offset, source: line });
        offset += line.length + 1;
      }
    } else {
      paragraphs.push({ number: paragraphs.length + 1, start, source: text });
    }
  }
  return paragraphs;
}

/** Finds every marked mention in a letter body, with its line, paragraph and sentence. */
export function extractMentions(body: string): Mention[] {
  const mentions: Mention[] = [];
  const lineOf = lineFinder(body);
  for (const paragraph of splitParagraphs(body)) {
    const plain = mdxToPlainText(paragraph.source);
    let searchFrom = 0;
    for (const match of paragraph.source.matchAll(MENTION)) {
      const tag = MENTION_TAGS[match[1]!]!;
      const text = mdxToPlainText(match[4]!);
      const at = plain.indexOf(text, searchFrom);
      searchFrom = at >= 0 ? at + text.length : searchFrom;
      const offset = paragraph.start + match.index!;
      mentions.push({
        kind: tag.kind,
        key: match[2] === tag.attribute ? match[3]! : '',
        text,
        line: lineOf(offset),
        paragraph: paragraph.number,
        sentence: sentenceAt(plain, Math.max(at, 0)).replace(/\s+/g, ' '),
      });
    }
  }
  return mentions;
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return lineFinder(text)(offset);
}

/** A function giving the 1-based line of any offset in a text, the line breaks counted once. */
export function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => lowerBound(breaks, offset, itself) + 1;
}
