const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the HTML character references an MDX body may use (&lt; &#123; &#x7B;); a numeric reference
 * to no character (0, a surrogate, beyond U+10FFFF) becomes U+FFFD, as Markdown renders it.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return isCharacter ? String.fromCodePoint(code) : '\ufffd';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The reader's text of an MDX fragment as the archive writes it: tags removed (their content kept),
 * Markdown escapes and character references undone, list markers and hard-break backslashes dropped.
 */
export function mdxToPlainText(fragment: string): string {
  const withoutTags = fragment
    .replace(/\{'([^']*)'\}/g, (_, literal: string) => literal)
    .replace(/(?<!\\)<\/?[A-Za-z][^<>]*>/g, '') // an escaped \<b\> is text, not a tag
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\\$/gm, '');
  return decodeEntities(withoutTags.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
}
