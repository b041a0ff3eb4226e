import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { readSource, sourceDigest } from '../../data/sources.ts';

/** Publishes each plain-text source as it is kept in content/sources (/sources/<name>.txt), keyed by its text's digest. */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const files = new Set(archive.letters.map((l) => l.data.source.file));
  // The text is read again to render it: held as a prop, every source would stay in memory for the whole build.
  return [...files].map((file) => ({ params: { name: file.replace(/^sources\//, '') }, props: { file }, cacheKey: sourceDigest(file) }));
}

export const GET: APIRoute = ({ props }) => new Response(readSource(props.file as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
