import { words } from './fidelity.ts';

/** A line of the source that is apparatus (masthead, title, page furniture), by number, as a letter file records it. */
export interface PrintedLine {
  line: number;
  text: string;
}

/** A line this long is a flattened letter's, whose apparatus is cut out of it rather than left out whole. */
const FLATTENED = 200;

/**
 * The lines of a source without its apparatus: a line the apparatus keeps whole is left out, and from a flattened line
 * (a whole letter on one line) the apparatus's text is cut out. Line numbers are 1-based.
 */
export function withoutApparatus(lines: readonly string[], printed: readonly PrintedLine[]): string[] {
  const byLine = new Map<number, string[]>();
  for (const p of printed) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p.text]);
  return lines.map((line, index) => {
    const texts = byLine.get(index + 1);
    if (!texts) return line;
    return line.length > FLATTENED ? cutOut(line, texts) : '';
  });
}

/**
 * A flattened line with the apparatus's texts cut out, each as a whole: in source order, each after the one before,
 * never inside a word or a number (the page number "2" is not the "2" of "(2010)").
 */
export function cutOut(line: string, texts: readonly string[]): string {
  let rest = line;
  let from = 0;
  for (const text of texts) {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A text that begins or ends with a mark ("*1604521*", a barcode) delimits itself and may touch a word.
    const before = /^[\p{L}\p{N}]/u.test(text) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(text) ? '(?![\\p{L}\\p{N}])' : '';
    const found = new RegExp(`${before}${escaped}${after}`, 'u').exec(rest.slice(from));
    if (!found) continue;
    const at = from + found.index;
    rest = `${rest.slice(0, at)} ${rest.slice(at + text.length)}`;
    from = at + 1;
  }
  return rest;
}

/**
 * The source's paragraphs as its layout shows them, independently of how the ingest reads it: a blank line ends one, so
 * does a line that ends a sentence well short of the usual width (hard-wrapped prose), and so does a "(Signed)" line.
 * A heading, a place-and-date line or an address line runs on into what follows until one of those.
 */
export function sourceParagraphs(lines: readonly string[]): string[] {
  const widths = lines.map((l) => l.trim().length).filter((w) => w > 0).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.8)] ?? 0;
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      close();
      continue;
    }
    current.push(line);
    if (/^\(\s*Signed\s*\)/i.test(line) || (width >= 50 && line.length < width * 0.75 && /[.!?:;”"’)]$/.test(line))) close();
  }
  close();
  return paragraphs;
}

/**
 * True when every word of a paragraph stands on the page in order with at most `gap` other words between two of its
 * words (a paragraph number, a footnote mark): the paragraph stands whole there, not in pieces on several pages.
 */
export function standsWhole(paragraph: string, page: readonly string[], gap = 3): boolean {
  const wanted = words(paragraph);
  if (!wanted.length) return true;
  for (let start = page.indexOf(wanted[0]!); start >= 0; start = page.indexOf(wanted[0]!, start + 1)) {
    let at = start;
    let whole = true;
    for (const word of wanted.slice(1)) {
      let next = at + 1;
      while (next < page.length && next - at <= gap + 1 && page[next] !== word) next++;
      if (next >= page.length || page[next] !== word) {
        whole = false;
        break;
      }
      at = next;
    }
    if (whole) return true;
  }
  return false;
}

/**
 * The paragraphs of a source, apparatus aside, that stand whole on none of the pages of its letters (each page as its
 * words), and how many paragraphs the source has: check-corpus and the fidelity test judge a source by this one rule.
 */
export function paragraphsNotWhole(lines: readonly string[], printed: readonly PrintedLine[], pages: ReadonlyArray<readonly string[]>): { paragraphs: number; broken: string[] } {
  const paragraphs = sourceParagraphs(withoutApparatus(lines, printed));
  return { paragraphs: paragraphs.length, broken: paragraphs.filter((paragraph) => !pages.some((page) => standsWhole(paragraph, page))) };
}
