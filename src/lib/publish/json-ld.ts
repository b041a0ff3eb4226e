import type { Archive, DocumentView, LetterView, PartyView } from '../archive/archive.ts';
import type { OrganisationData, PersonData } from '../../schema/index.ts';
import { DOCUMENT_KIND_NAMES } from '../../schema/symbols.ts';
import { documentUrl } from '../views/entity-views.ts';
import { letterUrl, roleOnLetterDate } from '../archive/describe.ts';
import { absoluteUrl } from '../cite/permalinks.ts';
import { ARCHIVE_NAME } from '../cite/letter-reference.ts';

/** A schema.org description, ready to serialise as JSON-LD. */
export type JsonLd = Record<string, unknown>;

type Site = URL | string | undefined;

/** JSON-LD text safe inside <script>: "<" is escaped so that no "</script>" can end the element early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const withContext = (data: JsonLd): JsonLd => ({ '@context': 'https://schema.org', ...data });

function personRef(id: string, archive: Archive, site: Site): JsonLd {
  return { '@type': 'Person', name: archive.people.get(id)!.data.name, url: absoluteUrl(`/people/${id}/`, site) };
}

function organisationRef(id: string, archive: Archive, site: Site): JsonLd {
  return { '@type': 'Organization', name: archive.organisations.get(id)!.data.name, url: absoluteUrl(`/organisations/${id}/`, site) };
}

function documentRef(doc: DocumentView, site: Site): JsonLd {
  return { '@type': 'Legislation', legislationIdentifier: doc.data.symbol, name: doc.data.title ?? doc.data.symbol, url: absoluteUrl(documentUrl(doc.data.symbol), site) };
}

/** A letter as a schema.org Message: sender, recipient, date sent, enclosures as attachments, documents cited. */
export function letterJsonLd(letter: LetterView, archive: Archive, site: Site, image: string | null): JsonLd {
  const { data } = letter;
  const url = absoluteUrl(letterUrl(letter.id), site);
  const sender = data.senders.map((s): JsonLd => {
    if (s.person) {
      const role = s.role ?? roleOnLetterDate(s.person, letter, archive);
      return { ...personRef(s.person, archive, site), ...(role && { jobTitle: role }), ...(s.organisation && { affiliation: organisationRef(s.organisation, archive, site) }) };
    }
    if (s.organisation) return organisationRef(s.organisation, archive, site);
    return { '@type': s.name ? 'Person' : 'Organization', name: s.name ?? s.role };
  });
  const recipient = data.recipients.map((r): JsonLd => {
    if (r.person) return { ...personRef(r.person, archive, site), ...(r.role && { jobTitle: r.role }) };
    if (r.organisation) return organisationRef(r.organisation, archive, site);
    return { '@type': 'Audience', audienceType: r.group ?? r.role };
  });
  const attachment = (id: string): JsonLd => ({ '@type': 'Message', name: archive.letterById.get(id)!.data.title, url: absoluteUrl(letterUrl(id), site) });
  return withContext({
    '@type': 'Message',
    '@id': url,
    url,
    name: data.title,
    inLanguage: 'en',
    ...(data.date && { dateSent: data.date }),
    ...(data.symbol && { identifier: data.symbol }),
    ...(data.place && { locationCreated: { '@type': 'Place', name: data.place } }),
    sender,
    recipient,
    ...(data.encloses.length > 0 && { messageAttachment: data.encloses.map(attachment) }),
    ...(data.enclosedIn && { isPartOf: attachment(data.enclosedIn) }),
    ...(letter.documents.length > 0 && { citation: letter.documents.map((symbol) => documentRef(archive.documents.get(symbol)!, site)) }),
    ...(letter.people.length + letter.organisations.length > 0 && {
      mentions: [...letter.people.map((id) => personRef(id, archive, site)), ...letter.organisations.map((id) => organisationRef(id, archive, site))],
    }),
    ...(image && { image }),
    publisher: { '@type': 'Organization', name: ARCHIVE_NAME, url: absoluteUrl('/', site) },
  });
}

/** A cited document as schema.org Legislation, with its symbol, date and official text. */
export function documentJsonLd(doc: DocumentView, site: Site): JsonLd {
  const body = doc.parsed.kind.startsWith('ga-') ? 'General Assembly' : doc.parsed.kind === 'sc-resolution' ? 'Security Council' : null;
  return withContext({
    ...documentRef(doc, site),
    legislationType: DOCUMENT_KIND_NAMES[doc.parsed.kind],
    ...(doc.data.date && { legislationDate: doc.data.date }),
    ...(body && { legislationPassedBy: { '@type': 'Organization', name: body } }),
    ...(doc.url && { sameAs: doc.url }),
  });
}

/** A person as schema.org Person: name, honorific, other names, roles. */
export function personJsonLd(person: PartyView<PersonData>, site: Site): JsonLd {
  const { data } = person;
  return withContext({
    '@type': 'Person',
    name: data.name,
    url: absoluteUrl(`/people/${person.id}/`, site),
    ...(data.honorific && { honorificPrefix: data.honorific }),
    ...(data.aliases.length > 0 && { alternateName: data.aliases }),
    ...(data.roles.length > 0 && { jobTitle: data.roles.map((r) => r.title) }),
  });
}

/** An organisation as schema.org Organization (a Member State as a Country). */
export function organisationJsonLd(org: PartyView<OrganisationData>, site: Site): JsonLd {
  const { data } = org;
  const names = [data.shortName, ...data.aliases].filter((n): n is string => Boolean(n));
  return withContext({
    '@type': data.kind === 'member-state' ? 'Country' : data.kind.startsWith('un-') ? 'GovernmentOrganization' : 'Organization',
    name: data.name,
    url: absoluteUrl(`/organisations/${org.id}/`, site),
    ...(names.length > 0 && { alternateName: names }),
  });
}
