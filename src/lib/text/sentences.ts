// Abbreviations that end with a full stop without ending a sentence (compared in lower case).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'h.e', 'e.g', 'i.e', 'no', 'nos', 'st', 'u.n', 'res', 'ga', 'para', 'paras',
  'art', 'arts', 'vol', 'p', 'pp', 'etc', 'cf', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'a.m', 'p.m', 'amb', 'gen', 'sr', 'jr', 'rev', 'hon', 'u.s', 'u.k', 'op', 'corr', 'add', 'rep',
]);

/** Splits running text into sentences, keeping "H.E. Mr. Lykketoft" and "resolution 69/321 (para. 3)" whole. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index! + match[0].trimEnd().length;
    const before = text.slice(start, match.index! + 1);
    // The word before the full stop, without an opening bracket or quote: "(para." is "para".
    const lastWord = /([^\s(\["'“‘]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index! + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The sentence of `text` that holds the character at `offset` (the whole text when it has one sentence). */
export function sentenceAt(text: string, offset: number): string {
  let searchFrom = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, searchFrom);
    const end = start + sentence.length;
    if (offset < end || end >= text.length) return sentence;
    searchFrom = end;
  }
  return text.trim();
}
