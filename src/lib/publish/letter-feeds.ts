import type { Archive, LetterView, PartyView } from '../archive/archive.ts';
import { atomDate, renderAtomFeed, type AtomEntry, type AtomFeed } from './atom.ts';
import { compareNewestFirst } from '../archive/archive.ts';
import { letterDateText, letterUrl, recipientNames, senderNames } from '../archive/describe.ts';
import { ARCHIVE_NAME } from '../cite/letter-reference.ts';
import { absoluteUrl } from '../cite/permalinks.ts';

type Site = URL | string | undefined;

/** How many letters a feed holds: the newest. */
export const FEED_SIZE = 50;

/** The kinds of page that have a feed of their own. */
export type FeedOwner = 'people' | 'organisations' | 'documents';

/** The path of a feed: /feeds/letters.xml for all letters, /<kind>/<id>/feed.xml for one person, organisation or document. */
export function feedPath(owner?: { kind: FeedOwner; id: string }): string {
  return owner ? `/${owner.kind}/${owner.id}/feed.xml` : '/feeds/letters.xml';
}

/** A letter as a feed entry: title, date, signatories, and a summary of who wrote to whom when. */
export function letterEntry(letter: LetterView, archive: Archive, site: Site): AtomEntry {
  const url = absoluteUrl(letterUrl(letter.id), site);
  const from = senderNames(letter, archive);
  return {
    id: url,
    title: letter.data.title,
    url,
    updated: atomDate(letter.sortDate),
    authors: from.split('; '),
    summary: `${letterDateText(letter)}. From ${from} to ${recipientNames(letter, archive)}.`,
  };
}

/** A feed of the newest of the given letters (ids in any order, repeats allowed). */
export function letterFeed(input: { title: string; subtitle: string; path: string; pagePath: string; ids: Iterable<string>; archive: Archive; site: Site }): AtomFeed {
  const { archive, site } = input;
  const letters = [...new Set(input.ids)].map((id) => archive.letterById.get(id)!).sort(compareNewestFirst).slice(0, FEED_SIZE);
  const newest = letters[0]?.sortDate ?? archive.letters[0]?.sortDate ?? '1945-10-24';
  return {
    title: `${input.title} · ${ARCHIVE_NAME}`,
    subtitle: input.subtitle,
    selfUrl: absoluteUrl(input.path, site),
    pageUrl: absoluteUrl(input.pagePath, site),
    updated: atomDate(newest),
    authorName: ARCHIVE_NAME,
    entries: letters.map((letter) => letterEntry(letter, archive, site)),
  };
}

/** The feed of a person or an organisation: the letters it sent ("signed" or "sent"), received or is named in. */
export function partyFeed(kind: 'people' | 'organisations', party: PartyView<{ name: string }>, sentVerb: string, archive: Archive, site: Site): AtomFeed {
  const ids = [...party.sent, ...party.received, ...party.mentioned.map((m) => m.letter)];
  const { name } = party.data;
  return letterFeed({ title: name, subtitle: `Letters ${sentVerb} by, addressed to or naming ${name}.`, path: feedPath({ kind, id: party.id }), pagePath: `/${kind}/${party.id}/`, ids, archive, site });
}

/** A feed as the response of a feed route. */
export function atomResponse(feed: AtomFeed): Response {
  return new Response(renderAtomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
