import { getCollection, type CollectionEntry } from 'astro:content';

/** An editorial page with its address: About at /about/, the others at /about/<id>/. */
export interface EditorialPage {
  entry: CollectionEntry<'editorial'>;
  path: string;
}

let loaded: Promise<EditorialPage[]> | undefined;

/** The editorial pages (src/editorial/*.mdx) in their order for the footer and the home page. */
export function loadEditorialPages(): Promise<EditorialPage[]> {
  if (import.meta.env.DEV) return read();
  loaded ??= read();
  return loaded;
}

async function read(): Promise<EditorialPage[]> {
  const entries = (await getCollection('editorial')).sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
  return entries.map((entry) => ({ entry, path: entry.id === 'about' ? '/about/' : `/about/${entry.id}/` }));
}
