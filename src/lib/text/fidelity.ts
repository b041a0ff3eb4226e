/** A word of the source that the rendered text lacks, with where it stands in the source. */
export interface MissingWord {
  word: string;
  /** Position of the word in `words(source)` (0-based). */
  index: number;
  /** Up to five source words before it, so that a reader can find the place. */
  after: string;
}

/**
 * The words of a text, in order, as fidelity compares them: HTML tags dropped without a space
 * ("70<sup>th</sup>" is "70th", as on the page), then every run of letters, digits and marks in
 * NFKC form. Punctuation, spacing and line breaks do not count; case does.
 */
export function words(text: string): string[] {
  const withoutTags = text.normalize('NFKC').replace(/<\/?[A-Za-z][^<>]*>/g, '');
  return withoutTags.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * The first word of `source` that does not appear in `rendered` in the same order (the rendered
 * text may hold more words, such as headings); null when every source word is there.
 */
export function findMissingWords(source: string, rendered: string): MissingWord | null {
  return findMissingWordsOf(words(source), rendered);
}

/** findMissingWords of a source already split into its words (words()), for a source compared with more than one text. */
export function findMissingWordsOf(wanted: readonly string[], rendered: string): MissingWord | null {
  const present = words(rendered);
  let at = 0;
  for (let index = 0; index < wanted.length; index++) {
    const word = wanted[index]!;
    while (at < present.length && present[at] !== word) at++;
    if (at === present.length) {
      return { word, index, after: wanted.slice(Math.max(0, index - 5), index).join(' ') };
    }
    at++;
  }
  return null;
}
