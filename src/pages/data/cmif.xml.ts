import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { buildTime } from '../../data/build-time.ts';
import { cmifDocument, type CmifNames } from '../../lib/publish/cmif.ts';
import { documentUrl } from '../../lib/views/entity-views.ts';
import { letterRecord } from '../../lib/publish/open-data.ts';
import { absoluteUrl } from '../../lib/cite/permalinks.ts';

/** /data/cmif.xml: every letter in the TEI Correspondence Metadata Interchange Format (v2), oldest first. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const names: CmifNames = {
    person: (id) => ({ name: archive.people.get(id)!.data.name, url: absoluteUrl(`/people/${id}/`, site) }),
    organisation: (id) => ({ name: archive.organisations.get(id)!.data.name, url: absoluteUrl(`/organisations/${id}/`, site) }),
    document: (symbol) => ({ name: symbol, url: absoluteUrl(documentUrl(symbol), site) }),
  };
  const header = { siteUrl: absoluteUrl('/', site), fileUrl: absoluteUrl('/data/cmif.xml', site), updated: buildTime().toISOString() };
  const letters = [...archive.letters].reverse().map((l) => letterRecord(l, archive, site));
  return new Response(cmifDocument(header, letters, names), { headers: { 'Content-Type': 'application/tei+xml; charset=utf-8' } });
};
