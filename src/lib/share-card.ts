import { formatDate } from './dates.ts';
import type { LetterRecord } from './open-data.ts';

/** What a letter's share image shows. */
export interface ShareCard {
  title: string;
  /** "11 December 2015", or "Undated (c. 1 January 2017)". */
  dateText: string;
  /** The signatories as the page names them. */
  from: string;
}

/** A node of the card in the element form that Satori lays out (type, style, children). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

/** Width and height of a share image in pixels: the size Open Graph and Twitter cards expect (1.91:1). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Bump when the card's design changes, so that images cached from the old design are made again. */
export const SHARE_CARD_VERSION = 1;

const MAX_TITLE = 170;

/** Shortens text to at most `max` characters at a word boundary, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/** The card's layout: the archive's name, the letter's title, its date and signatories, in the archive's colours. */
export function shareCardTree(card: ShareCard): CardNode {
  return div(
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      background: '#fdfcf9',
      color: '#1c1c1c',
      borderLeft: '24px solid #1d4f91',
      fontFamily: 'Noto Sans',
    },
    [
      div({ fontSize: 30, fontWeight: 700, color: '#1d4f91' }, 'UN Letters Archive'),
      div({ fontSize: 46, fontWeight: 700, lineHeight: 1.25 }, shorten(card.title, MAX_TITLE)),
      div({ display: 'flex', flexDirection: 'column', fontSize: 30, color: '#333' }, [div({}, card.dateText), div({}, shorten(`From ${card.from}`, 70))]),
    ],
  );
}

/** The card of a letter from its open-data record: title, date as the pages write it, signatories. */
export function shareCardOf(letter: Pick<LetterRecord, 'title' | 'date' | 'dateEstimate' | 'senders'>): ShareCard {
  const dateText = letter.date ? formatDate(letter.date) : letter.dateEstimate ? `Undated (c. ${formatDate(letter.dateEstimate)})` : 'Undated';
  const from = letter.senders.map((s) => s.name).filter(Boolean).join('; ') || 'sender not identified';
  return { title: letter.title, dateText, from };
}
