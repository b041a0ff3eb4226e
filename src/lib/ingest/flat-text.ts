/**
 * A letter's text flattened for matching: a word broken over a line with a hyphen is joined
 * ("resolu-\ntion" -> "resolution"), other line breaks and form feeds become spaces. Every
 * character keeps its offset in the original, so a match can be mapped back and marked there.
 */
export interface FlatText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: Int32Array;
}

/** Flattens text for matching, remembering where each character came from. */
export function flattenText(original: string): FlatText {
  const out: string[] = [];
  const origin = new Int32Array(original.length + 1);
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (ch === '-' && original[i + 1] === '\n' && /[a-z]/.test(original[i + 2] ?? '') && /[a-z]/i.test(original[i - 1] ?? '')) {
      i += 1; // drop the hyphen and the line break of a word broken over two lines
      continue;
    }
    const flat = ch === '\n' || ch === '\f' || ch === '\t' || ch === '\r' ? ' ' : ch;
    out.push(flat);
    origin[length++] = i;
  }
  origin[length] = original.length;
  return { text: out.join(''), origin: origin.subarray(0, length + 1) };
}

/** Maps a [start, end) span of the flattened text back to the original. */
export function originalSpan(flat: FlatText, start: number, end: number): [number, number] {
  return [flat.origin[start]!, end > start ? flat.origin[end - 1]! + 1 : flat.origin[start]!];
}

/** The 1-based line of an offset in the original text. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The offsets at which each line of a text starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
