import type { LetterRecord, PartyRecord } from './open-data.ts';
import { ARCHIVE_NAME } from '../cite/letter-reference.ts';
import { DATA_LICENCE } from './dataset.ts';
import { escapeXml } from './xml.ts';

/** The CMIF v2 vocabulary of what a letter mentions (correspDesc/note/ref/@type). */
export const CMIF_TERMS = 'https://lod.academy/cmif/vocab/terms#';

/** What the CMIF file says about the archive itself. */
export interface CmifHeader {
  /** The site's address, with a trailing slash. */
  siteUrl: string;
  /** Full address of the CMIF file. */
  fileUrl: string;
  /** When the file was made (xsd:dateTime). */
  updated: string;
}

/** Names and page addresses of the people, organisations and documents a letter can mention. */
export interface CmifNames {
  person(id: string): { name: string; url: string };
  organisation(id: string): { name: string; url: string };
  document(symbol: string): { name: string; url: string };
}

function party(p: PartyRecord, names: CmifNames): string {
  if (p.person) return `<persName ref="${escapeXml(names.person(p.person).url)}">${escapeXml(p.name)}</persName>`;
  if (p.organisation) return `<orgName ref="${escapeXml(names.organisation(p.organisation).url)}">${escapeXml(p.name)}</orgName>`;
  return p.group || !p.name ? `<orgName>${escapeXml(p.name || 'Unknown')}</orgName>` : `<persName>${escapeXml(p.name)}</persName>`;
}

function sentDate(letter: LetterRecord): string {
  if (letter.date) return `<date when="${letter.date}"/>`;
  return letter.dateEstimate ? `<date when="${letter.dateEstimate}" cert="low"/>` : '';
}

/** One letter as a CMIF correspDesc: sender and place and date, addressees, and the entities it mentions. */
export function correspDesc(letter: LetterRecord, names: CmifNames): string {
  const senders = letter.senders.length ? letter.senders.map((p) => party(p, names)).join('') : '<persName>Unknown</persName>';
  const recipients = letter.recipients.length ? letter.recipients.map((p) => party(p, names)).join('') : '<persName>Unknown</persName>';
  const place = letter.place ? `<placeName>${escapeXml(letter.place)}</placeName>` : '';
  const mention = (term: string, target: string, text: string) => `<ref type="${CMIF_TERMS}${term}" target="${escapeXml(target)}">${escapeXml(text)}</ref>`;
  const mentions = [
    ...letter.people.map((id) => mention('mentionsPerson', names.person(id).url, names.person(id).name)),
    ...letter.organisations.map((id) => mention('mentionsOrganization', names.organisation(id).url, names.organisation(id).name)),
    ...letter.documents.map((symbol) => mention('mentionsBibl', names.document(symbol).url, names.document(symbol).name)),
    `<ref type="${CMIF_TERMS}hasLanguage" target="en"/>`,
  ];
  return [
    `<correspDesc ref="${escapeXml(letter.url)}" source="#archive">`,
    `<correspAction type="sent">${senders}${place}${sentDate(letter)}</correspAction>`,
    `<correspAction type="received">${recipients}</correspAction>`,
    `<note>${mentions.join('')}</note>`,
    '</correspDesc>',
  ].join('');
}

/** The opening of the CMIF file: TEI header with title, publisher, licence, date and source, up to profileDesc. */
export function cmifOpening(header: CmifHeader): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader>
<fileDesc>
<titleStmt><title>${ARCHIVE_NAME}: correspondence metadata</title><editor>${ARCHIVE_NAME}</editor></titleStmt>
<publicationStmt>
<publisher><ref target="${escapeXml(header.siteUrl)}">${ARCHIVE_NAME}</ref></publisher>
<idno type="url">${escapeXml(header.fileUrl)}</idno>
<date when="${escapeXml(header.updated)}"/>
<availability><licence target="${DATA_LICENCE.url}">This file is licensed under the terms of the Creative Commons License CC-BY 4.0</licence></availability>
</publicationStmt>
<sourceDesc><bibl type="online" xml:id="archive">${ARCHIVE_NAME}. <ref target="${escapeXml(header.siteUrl)}">${escapeXml(header.siteUrl)}</ref></bibl></sourceDesc>
</fileDesc>
<profileDesc>
`;
}

/** The close of the CMIF file, after the last correspDesc. */
export const CMIF_CLOSING = '</profileDesc>\n</teiHeader>\n<text><body><p/></body></text>\n</TEI>\n';

/** The whole CMIF file for the letters given, one correspDesc a line. */
export function cmifDocument(header: CmifHeader, letters: Iterable<LetterRecord>, names: CmifNames): string {
  const lines: string[] = [];
  for (const letter of letters) lines.push(correspDesc(letter, names));
  return `${cmifOpening(header)}${lines.join('\n')}\n${CMIF_CLOSING}`;
}
