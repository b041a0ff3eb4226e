/** The address of a page or file on the published site: the site's URL and a path ("/letters/x/"). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://un-letters.example.org').href;
}

/**
 * The path at which a document is reached by its symbol typed as a path: A/RES/69/321 ->
 * /documents/A/RES/69/321/, S/RES/1325(2000) -> /documents/S/RES/1325(2000)/.
 */
export function symbolPath(symbol: string): string {
  return `/documents/${symbolPathParam(symbol)}/`;
}

/** The symbol as the rest parameter of its path: each segment kept, only characters a path cannot hold escaped. */
export function symbolPathParam(symbol: string): string {
  return symbol.split('/').map((segment) => encodeURI(segment).replace(/[?#]/g, encodeURIComponent)).join('/');
}

/** The path of a file published beside a letter's page ("/letters/<id>/cite.bib"). */
export function letterFilePath(id: string, file: string): string {
  return `/letters/${id}/${file}`;
}
