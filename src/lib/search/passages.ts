import { splitSentences } from '../text/sentences.ts';

/** A run of a passage's text: as written, and whether it is a word the search found. */
export interface PassagePiece {
  text: string;
  found: boolean;
}

/** Where a search matched in a letter: the paragraph (#pN) and the sentence, in pieces with the words found marked. */
export interface Passage {
  /** The paragraph's number on the page; null when the match lies before the first numbered paragraph. */
  paragraph: number | null;
  pieces: PassagePiece[];
}

/** What Pagefind hands over of a matched page: its indexed text, the positions of the words found, and its elements with ids. */
export interface MatchedPage {
  content: string;
  /** Word positions (as Pagefind counts words) of the matches, with their weights. */
  weighted_locations: Array<{ location: number; balanced_score?: number; weight?: number }>;
  /** Elements with an id, each at the position of its first word; paragraphs are p1, p2... */
  anchors: Array<{ id: string; location: number }>;
}

/** How many passages a result shows at most, and how many words of one long sentence. */
export const MAX_PASSAGES = 3;
const MAX_WORDS = 40;

// Pagefind splits the indexed text into words exactly so: positions count in these words.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

interface Span {
  paragraph: number | null;
  from: number;
  to: number;
}

/** The numbered paragraphs as word ranges, in order; text before the first one is a range of its own. */
function paragraphSpans(page: MatchedPage, wordCount: number): Span[] {
  const starts = page.anchors
    .map((anchor) => ({ paragraph: Number(/^p(\d+)$/.exec(anchor.id)?.[1] ?? NaN), location: anchor.location }))
    .filter((anchor) => Number.isInteger(anchor.paragraph))
    .sort((a, b) => a.location - b.location);
  const spans: Span[] = [];
  if (!starts.length || starts[0]!.location > 0) spans.push({ paragraph: null, from: 0, to: starts[0]?.location ?? wordCount });
  starts.forEach((start, i) => spans.push({ paragraph: start.paragraph, from: start.location, to: starts[i + 1]?.location ?? wordCount }));
  return spans.filter((span) => span.to > span.from);
}

/** The sentences of one paragraph as word ranges: sentences never run across paragraphs. */
function sentenceSpans(words: string[], span: Span): Span[] {
  const paragraphWords = words.slice(span.from, span.to);
  const text = paragraphWords.join(' ');
  const offsets: number[] = [];
  paragraphWords.reduce((offset, word) => (offsets.push(offset), offset + word.length + 1), 0);
  const wordAt = (offset: number) => span.from + offsets.filter((start) => start < offset).length;
  const spans: Span[] = [];
  let searchFrom = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, searchFrom);
    searchFrom = start + sentence.length;
    spans.push({ paragraph: span.paragraph, from: wordAt(start + 1) - 1, to: wordAt(searchFrom) });
  }
  return spans;
}

/** The words of a sentence as pieces, a long sentence cut to the words around the first match with "…". */
function piecesOf(words: string[], sentence: Span, found: Set<number>): PassagePiece[] {
  let { from, to } = sentence;
  if (to - from > MAX_WORDS) {
    const first = [...found].filter((i) => i >= from && i < to).sort((a, b) => a - b)[0] ?? from;
    from = Math.max(from, Math.min(first - MAX_WORDS / 4, to - MAX_WORDS));
    to = from + MAX_WORDS;
  }
  const pieces: PassagePiece[] = [];
  if (from > sentence.from) pieces.push({ text: '… ', found: false });
  for (let i = from; i < to; i++) {
    const isFound = found.has(i);
    const last = pieces[pieces.length - 1];
    const text = i > from ? ' ' : '';
    if (last && last.found === isFound && !last.text.startsWith('…')) last.text += text + words[i];
    else {
      if (text) pieces.push({ text, found: false });
      pieces.push({ text: words[i]!, found: isFound });
    }
  }
  if (to < sentence.to) pieces.push({ text: ' …', found: false });
  return joinPlain(pieces);
}

/** Merges neighbouring unmarked pieces, so that a passage is as few text nodes as possible. */
function joinPlain(pieces: PassagePiece[]): PassagePiece[] {
  const joined: PassagePiece[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && !last.found && !piece.found) last.text += piece.text;
    else joined.push({ ...piece });
  }
  return joined;
}

/**
 * The sentences of a page where the search matched, up to three, in the order they come in the letter:
 * when there are more, those holding the most weight of matches. Each names its paragraph.
 */
export function matchedPassages(page: MatchedPage, max = MAX_PASSAGES): Passage[] {
  const words = page.content.split(WORD_SEPARATORS);
  const found = new Set(page.weighted_locations.map((l) => l.location));
  if (!found.size) return [];
  const sentences = paragraphSpans(page, words.length).flatMap((span) => sentenceSpans(words, span));
  const scored = new Map<Span, number>();
  for (const location of page.weighted_locations) {
    const sentence = sentences.find((s) => location.location >= s.from && location.location < s.to);
    if (sentence) scored.set(sentence, (scored.get(sentence) ?? 0) + (location.balanced_score ?? location.weight ?? 1));
  }
  const best = [...scored].sort((a, b) => b[1] - a[1] || a[0].from - b[0].from).slice(0, max).map(([span]) => span);
  return best.sort((a, b) => a.from - b.from).map((span) => ({ paragraph: span.paragraph, pieces: piecesOf(words, span, found) }));
}

/** A passage that cites a document: the sentence, with the words that name the document marked. */
export function citedPassage(paragraph: number, sentence: string, cited: string): Passage {
  const at = cited ? sentence.indexOf(cited) : -1;
  if (at < 0) return { paragraph, pieces: [{ text: sentence, found: false }] };
  const pieces = [
    { text: sentence.slice(0, at), found: false },
    { text: cited, found: true },
    { text: sentence.slice(at + cited.length), found: false },
  ];
  return { paragraph, pieces: pieces.filter((piece) => piece.text) };
}
