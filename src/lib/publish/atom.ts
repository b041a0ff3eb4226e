import { escapeXml } from './xml.ts';

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent id: the entry's page address. */
  id: string;
  title: string;
  url: string;
  /** RFC 3339 date-time. */
  updated: string;
  authors: string[];
  summary: string;
}

/** An Atom feed (RFC 4287): where it lives, what it follows, and its entries, newest first. */
export interface AtomFeed {
  title: string;
  subtitle: string;
  /** The feed's own full address (rel="self"), also its id. */
  selfUrl: string;
  /** The page the feed follows (rel="alternate"). */
  pageUrl: string;
  /** RFC 3339; the newest entry's, or the given date when the feed is empty. */
  updated: string;
  authorName: string;
  entries: AtomEntry[];
}

/** A day (YYYY-MM-DD) as an Atom date-time, at midnight UTC. */
export function atomDate(iso: string): string {
  return `${iso}T00:00:00Z`;
}

function entryXml(entry: AtomEntry): string {
  const authors = entry.authors.map((name) => `<author><name>${escapeXml(name)}</name></author>`).join('');
  return [
    '<entry>',
    `<id>${escapeXml(entry.id)}</id>`,
    `<title>${escapeXml(entry.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `<updated>${entry.updated}</updated>`,
    `<published>${entry.updated}</published>`,
    authors,
    `<summary>${escapeXml(entry.summary)}</summary>`,
    '</entry>',
  ].join('');
}

/** The XML of an Atom feed, one entry a line. */
export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `<id>${escapeXml(feed.selfUrl)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `<updated>${feed.updated}</updated>`,
    `<author><name>${escapeXml(feed.authorName)}</name></author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
