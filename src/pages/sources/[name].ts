import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { readSource } from '../../data/sources.ts';

/** Publishes each plain-text source as it is kept in content/sources (/sources/<name>.txt). */
export async function getStaticPaths() {
  const archive = await loadArchive();
  const files = new Set(archive.letters.map((l) => l.data.source.file));
  return [...files].map((file) => ({ params: { name: file.replace(/^sources\//, '') }, props: { file } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(readSource(props.file as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
