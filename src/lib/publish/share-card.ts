import { formatDate } from '../model/dates.ts';
import type { LetterRecord } from './open-data.ts';

/** What a letter's share image shows. */
export interface ShareCard {
  title: string;
  /** "11 December 2015", or "Undated (c. 1 January 2017)". */
  dateText: string;
  /** The signatories as the page names them. */
  from: string;
}

/** One line of text on the card, placed: left edge and baseline in pixels. */
export interface TextRun {
  text: string;
  weight: 400 | 700;
  size: number;
  x: number;
  baseline: number;
  colour: 'ink' | 'accent';
}

/** The width in pixels of a text at a weight and size, as the font sets it. */
export type MeasureText = (text: string, weight: 400 | 700, size: number) => number;

/** Width and height of a share image in pixels: the size Open Graph and Twitter cards expect (1.91:1). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Width of the accent bar at the card's left edge. */
export const ACCENT_BAR_WIDTH = 24;

/** Bump when the card's design changes, so that images cached from the old design are made again. */
export const SHARE_CARD_VERSION = 2;

const LEFT = 104;
const RIGHT = 80;
const TITLE = { size: 46, lineHeight: 58, maxLines: 5, firstBaseline: 200 } as const;

/** The card of a letter from its open-data record: title, date as the pages write it, signatories. */
export function shareCardOf(letter: Pick<LetterRecord, 'title' | 'date' | 'dateEstimate' | 'senders'>): ShareCard {
  const dateText = letter.date ? formatDate(letter.date) : letter.dateEstimate ? `Undated (c. ${formatDate(letter.dateEstimate)})` : 'Undated';
  const from = letter.senders.map((s) => s.name).filter(Boolean).join('; ') || 'sender not identified';
  return { title: letter.title, dateText, from };
}

/** Breaks text into lines no wider than `width`, at spaces; the last of `maxLines` lines ends with an ellipsis when text is left over. */
export function wrapText(text: string, width: number, maxLines: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (measure(last) > width && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' ')).replace(/[\s,;:.]+$/, '')}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Shortens one line of text to `width`, at a word, with an ellipsis. */
function fitLine(text: string, width: number, measure: (line: string) => number): string {
  return wrapText(text, width, 1, measure)[0] ?? '';
}

/** The card's text, placed: the archive's name, the title over at most five lines, then the date and the signatories. */
export function layoutShareCard(card: ShareCard, measure: MeasureText): TextRun[] {
  const width = SHARE_IMAGE_SIZE.width - LEFT - RIGHT;
  const title = wrapText(card.title, width, TITLE.maxLines, (line) => measure(line, 700, TITLE.size));
  return [
    { text: 'UN Letters Archive', weight: 700, size: 30, x: LEFT, baseline: 100, colour: 'accent' },
    ...title.map((text, i): TextRun => ({ text, weight: 700, size: TITLE.size, x: LEFT, baseline: TITLE.firstBaseline + i * TITLE.lineHeight, colour: 'ink' })),
    { text: card.dateText, weight: 400, size: 30, x: LEFT, baseline: 520, colour: 'ink' },
    { text: fitLine(`From ${card.from}`, width, (line) => measure(line, 400, 30)), weight: 400, size: 30, x: LEFT, baseline: 562, colour: 'ink' },
  ];
}
