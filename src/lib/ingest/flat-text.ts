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

const isLower = (code: number) => code >= 97 && code <= 122;
const isLetter = (code: number) => isLower(code | 32);

/** Flattens text for matching, remembering where each character came from. */
// Runs of characters kept as they are are copied as slices: the text of every letter is flattened, character by character.
export function flattenText(original: string): FlatText {
  const parts: string[] = [];
  const origin = new Int32Array(original.length + 1);
  let length = 0;
  let run = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === 45 && original.charCodeAt(i + 1) === 10 && isLower(original.charCodeAt(i + 2)) && isLetter(original.charCodeAt(i - 1))) {
      // drop the hyphen and the line break of a word broken over two lines
      parts.push(original.slice(run, i));
      i += 1;
      run = i + 1;
      continue;
    }
    if (code === 10 || code === 12 || code === 9 || code === 13) {
      parts.push(original.slice(run, i), ' ');
      run = i + 1;
    }
    origin[length++] = i;
  }
  parts.push(original.slice(run));
  origin[length] = original.length;
  return { text: parts.join(''), origin: origin.subarray(0, length + 1) };
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
