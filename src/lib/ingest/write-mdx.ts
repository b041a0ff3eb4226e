import { itself, lowerBound } from '../text/lower-bound.ts';

/** A mention to mark in the MDX: the span of the text and the component that marks it. */
export interface Mark {
  start: number;
  end: number;
  /** Component and attribute: PersonRef id, OrgRef id, DocRef symbol, DateRef date. */
  tag: 'PersonRef' | 'OrgRef' | 'DocRef' | 'DateRef';
  attribute: 'id' | 'symbol' | 'date';
  value: string;
}

interface Line {
  start: number;
  end: number;
  content: string;
}

// Inline HTML kept as formatting; every other "<" is text.
const FORMATTING = /<(sup|sub|b|i|em|strong|u)>[^<>{}\n]*<\/\1>|<br\s*\/?>/g;
const ESCAPED = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '|', '~', '&', '!', '$', '^']);
const LINE_START = /^(?:[#+=-]|\d{1,9}[.)])/;
// A line that starts "import " or "export " would be read as an ES module statement: its first letter is written as a character reference.
const ESM_START = /^(?:import|export)\s/;
// GFM autolink literals ("http://...", "www....") take the backslashes of the escapes that follow them as part of the
// address, which then shows them and lets an unescaped "<" end it: the ":" or "." that starts one is escaped, so the
// address is linked, if at all, from the text as read.
const AUTOLINK_START = /https?(?=:)|www(?=\.)/gi;
// A paragraph of nothing but elements is unwrapped into blocks, with a space between two that touch: a line such as
// "<PersonRef …>Sylvie Lucas</PersonRef><sup>1</sup>" ends with a no-break space, which keeps it a paragraph of text.
const TOUCHING_ELEMENTS = /^<.*<\/\w+><.*>$/;
// The MDX parser takes time in the square of the elements on one line: a line of thousands of characters (a source
// with no line breaks) is written over several, broken at a space before a word, which reads the same.
const LONG_LINE = 2000;
const LINE_RUN = 1000;

function escapeChar(ch: string): string {
  return ESCAPED.has(ch) ? `\\${ch}` : ch;
}

/** The lines of a text with their spans; whitespace at either end of a line, and page breaks, are layout, not words. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.replace(/^[\s\f]+/, '').length;
    const content = raw.trim().replace(/[\f\t]/g, ' ');
    lines.push({ start: start + lead, end: start + lead + content.length, content });
    start += raw.length + 1;
  }
  return lines;
}

/** How wide the text's lines usually run (a high percentile), to tell hard-wrapped prose from short lines. */
function typicalWidth(lines: readonly Line[]): number {
  const widths = lines.map((l) => l.content.length).filter((w) => w > 0).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] ?? 0;
}

/**
 * Writes a letter's text as MDX: every character of the source kept and escaped, the mentions marked
 * with components, paragraphs where the source has blank lines or where a sentence ends well short of
 * the line width, and line breaks kept in short lines (addresses, signatures) and wherever the source
 * is not hard-wrapped prose (its lines run past 120 characters, so a single line break is layout).
 * The lines in `omitted` (0-based: a UN document's masthead, title and page furniture) are left out.
 */
export function writeMdx(text: string, marks: readonly Mark[], omitted: ReadonlySet<number> = new Set()): string {
  const lines = withoutApparatus(splitLines(text), omitted);
  const opens = new Map<number, string>();
  const closes = new Map<number, string>();
  // The first line whose content ends at or after the offset (a long letter has many marks).
  const lineOf = (offset: number) => {
    const line = lowerBound(lines, offset, (l) => l.end);
    return line < lines.length ? line : -1;
  };
  const spanning = new Set<number>();
  for (const mark of marks) {
    const first = lineOf(mark.start);
    const last = lineOf(mark.end);
    if (first < 0 || last < 0) continue;
    const start = Math.max(mark.start, lines[first]!.start);
    const end = Math.min(mark.end, lines[last]!.end);
    // A mark that runs into a line left out (the apparatus) is not marked: its closing tag would have no place.
    if (end <= start || end < lines[last]!.start || lines.slice(first, last + 1).some((l) => !l.content)) continue;
    opens.set(start, `<${mark.tag} ${mark.attribute}="${mark.value}">`);
    closes.set(end, `</${mark.tag}>`);
    for (let i = first; i < last; i++) spanning.add(i);
  }
  const width = typicalWidth(lines);
  const positions: MarkPositions = { opens, closes, sorted: [...new Set([...sortedKeys(opens), ...sortedKeys(closes)])].sort((a, b) => a - b) };
  const out: string[] = [];
  lines.forEach((line, index) => {
    const rendered = renderLine(text, line, positions);
    out.push(TOUCHING_ELEMENTS.test(rendered) ? `${rendered}&nbsp;` : rendered);
    const next = lines[index + 1];
    if (!next) return;
    if (!line.content || !next.content) out.push('\n');
    else if (spanning.has(index)) out.push('\n');
    else if (endsParagraph(line.content, next.content, width)) out.push('\n\n');
    else if (width > 120 || line.content.length < 50 || /^<(\w+)[^>]*>.*<\/\1>$/.test(out[out.length - 1]!)) out.push('\\\n');
    else out.push('\n');
  });
  return out.join('').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/**
 * The lines without those omitted. Where omitted lines stood between two lines of text (a page break: page number,
 * job number, the symbol atop the next page), the blank lines around them go too when the sentence runs on across
 * the break, so that the paragraph is whole; otherwise one blank line stays, and the paragraph ends there.
 */
function withoutApparatus(lines: readonly Line[], omitted: ReadonlySet<number>): Line[] {
  if (!omitted.size) return [...lines];
  const kept: Line[] = [];
  let brokeAt = -1; // index in `kept` of the blank line that a run of omitted lines left, or -1
  lines.forEach((line, index) => {
    if (omitted.has(index)) {
      while (kept.length && !kept.at(-1)!.content) kept.pop();
      if (kept.length) kept.push({ start: line.start, end: line.start, content: '' });
      brokeAt = kept.length - 1;
      return;
    }
    if (!line.content && brokeAt >= 0 && brokeAt === kept.length - 1) return;
    if (line.content && brokeAt >= 0 && brokeAt === kept.length - 1 && runsOn(kept[brokeAt - 1]?.content ?? '', line.content)) kept.pop();
    brokeAt = -1;
    kept.push(line);
  });
  while (kept.length && !kept.at(-1)!.content) kept.pop();
  return kept;
}

/** True when the text after a page break carries on the sentence before it. */
function runsOn(before: string, after: string): boolean {
  return !/[.!?:;”"’)]$/.test(before) || /^\p{Ll}/u.test(after);
}

/** A sentence that ends well short of the usual width, followed by a capital, ends a paragraph of hard-wrapped prose. */
function endsParagraph(line: string, next: string, width: number): boolean {
  return width >= 50 && line.length < width * 0.75 && /[.!?:;”"’)]$/.test(line) && /^[\p{Lu}\d“"‘(•]/u.test(next);
}

/** Sorted positions of a map's keys, to find those within a line by binary search. */
function sortedKeys(map: ReadonlyMap<number, string>): number[] {
  return [...map.keys()].sort((a, b) => a - b);
}

/** The mark positions of a letter, sorted once: renderLine looks up only those of its line. */
interface MarkPositions {
  opens: Map<number, string>;
  closes: Map<number, string>;
  sorted: number[];
}

// The characters that are not written as they stand (escaped, or layout made a space); with a long line, spaces too.
const SPECIAL_CHAR = new RegExp(`[${[...ESCAPED].map((c) => `\\${c}`).join('')}\\f\\t]`, 'g');
const SPECIAL_CHAR_OR_SPACE = new RegExp(`[${[...ESCAPED].map((c) => `\\${c}`).join('')}\\f\\t ]`, 'g');

/**
 * The positions of a line, in order, that its rendering treats apart (marks, formatting tags, escapes, the
 * line's start and end): every other character is written as it stands, so it is copied a run at a time.
 */
function specialPositions(text: string, line: Line, marks: MarkPositions, others: readonly number[], long: boolean): number[] {
  const fromMarks: number[] = [];
  for (let k = lowerBound(marks.sorted, line.start, itself); k < marks.sorted.length && marks.sorted[k]! <= line.end; k++) fromMarks.push(marks.sorted[k]!);
  const fromChars: number[] = [line.start];
  const pattern = long ? SPECIAL_CHAR_OR_SPACE : SPECIAL_CHAR;
  for (const m of text.slice(line.start, line.end).matchAll(pattern)) fromChars.push(line.start + m.index!);
  fromChars.push(line.end);
  if (!fromMarks.length && !others.length) return fromChars;
  return [...new Set([...fromChars, ...fromMarks, ...others])].sort((a, b) => a - b);
}

function renderLine(text: string, line: Line, marks: MarkPositions): string {
  const { opens, closes } = marks;
  const keep = new Map<number, number>();
  for (const m of line.content.matchAll(FORMATTING)) keep.set(line.start + m.index!, m[0].length);
  const escapeAt = lineStartEscape(line);
  const autolinks = new Set([...line.content.matchAll(AUTOLINK_START)].map((m) => line.start + m.index! + m[0].length));
  const long = line.content.length > LONG_LINE;
  // Every other position holds a character written as it is: copied in runs, not one by one (a letter has thousands).
  const specials = specialPositions(text, line, marks, [...keep.keys(), ...autolinks, ...(escapeAt >= 0 ? [escapeAt] : [])], long);
  let next = 0;
  let lastBreak = line.start;
  let out = '';
  for (let i = line.start; i <= line.end; i++) {
    while (specials[next]! < i) next++;
    if (specials[next]! > i) {
      out += text.slice(i, specials[next]);
      i = specials[next]! - 1;
      continue;
    }
    out += closes.get(i) ?? '';
    if (i === line.end) break;
    out += opens.get(i) ?? '';
    const verbatim = keep.get(i);
    if (verbatim) {
      const tag = text.slice(i, i + verbatim);
      out += /^<br/.test(tag) ? '<br />' : tag.replace(/>([^<]*)</, (_, inner: string) => `>${[...inner].map(escapeChar).join('')}<`);
      i += verbatim - 1;
      continue;
    }
    const ch = text[i] === '\f' || text[i] === '\t' ? ' ' : text[i]!;
    if (long && ch === ' ' && i - lastBreak >= LINE_RUN && /\S/.test(text[i - 1]!) && /^\p{L}/u.test(text[i + 1] ?? '') && !opens.has(i + 1) && !closes.has(i + 1) && !ESM_START.test(text.slice(i + 1, i + 8))) {
      out += '\n';
      lastBreak = i;
      continue;
    }
    const escaped = escapeChar(ch);
    if (i === line.start && !opens.has(i) && ESM_START.test(line.content)) out += `&#${ch.charCodeAt(0)};`;
    else if (autolinks.has(i)) out += `\\${ch}`;
    else out += i === escapeAt && escaped === ch && !opens.has(line.start) ? `\\${ch}` : escaped;
  }
  return out;
}

/** Where a line needs a backslash so as not to become a heading, list item or rule: "1." -> "1\\.", "- " -> "\\- "; -1 when none. */
function lineStartEscape(line: Line): number {
  const match = LINE_START.exec(line.content);
  if (!match) return -1;
  return /^\d/.test(match[0]) ? line.start + match[0].length - 1 : line.start;
}
