import type { Page, PaginateFunction } from 'astro';
import { loadArchive } from './archive.ts';
import { initialPages, PARTY_INDEXES, type PartyIndexKind, type PartyListItem } from '../lib/views/party-views.ts';

/** Names a page of one initial lists, at most. */
const NAMES_A_PAGE = 200;

/** What one page of an index by initial renders: its names, its initial, the row of initials, where and what it is. */
export interface InitialPageProps {
  page: Page<PartyListItem>;
  initial: string;
  initials: string[];
  base: string;
  heading: string;
}

/**
 * The pages by initial of the people's or the organisations' index (/people/initial/b/, /organisations/initial/u/2/).
 * Only an index too long for one page has them: /people/ and /organisations/ link to them then.
 */
export async function initialPagePaths(kind: PartyIndexKind, paginate: PaginateFunction) {
  const { index, base, heading } = PARTY_INDEXES[kind];
  const groups = initialPages(index(await loadArchive()));
  const initials = groups.map((g) => g.initial);
  return groups.flatMap((g) => paginate(g.items, { params: { initial: g.slug }, props: { initial: g.initial, initials, base, heading }, pageSize: NAMES_A_PAGE }));
}
