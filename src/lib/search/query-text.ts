/** Characters that show nothing and join or split nothing a reader means: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** A query as the search reads it: invisible characters taken out, composed (NFC), spaces collapsed, trimmed. */
export function cleanQuery(query: string): string {
  return query.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** How many characters of a query the status line repeats; a longer query is cut with "…". */
export const STATUS_QUERY_LENGTH = 60;

/** A query short enough to be read out by the status line: cut at a word when it is long. */
export function shortQuery(query: string, max = STATUS_QUERY_LENGTH): string {
  if (query.length <= max) return query;
  const cut = query.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The words of a query that a search matches one by one: quoted phrases kept whole, their quotes removed. */
export function queryWords(query: string): string[] {
  return [...query.matchAll(/"([^"]+)"|“([^”]+)”|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? m[3])!).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
