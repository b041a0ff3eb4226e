import type { LetterRecord } from './open-data.ts';
import { absoluteUrl } from '../cite/permalinks.ts';
import { ARCHIVE_NAME } from '../cite/letter-reference.ts';
import type { JsonLd } from './json-ld.ts';

/** The licence of the archive's data (metadata, cross-references, citations); the letters' texts remain their authors'. */
export const DATA_LICENCE = { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** One downloadable file of the open data, with the fields of each record. */
export interface DataFile {
  path: string;
  name: string;
  format: string;
  mediaType: string;
  description: string;
  fields: Array<[field: string, meaning: string]>;
  /** The same data in a form some program needs (the CSV with a byte-order mark, for Excel), and why; none by default. */
  copy?: { path: string; note: string };
}

/** What opens /data/letters-excel.csv: the CSV table with a UTF-8 byte-order mark before it. */
export const EXCEL_BYTE_ORDER_MARK = '\ufeff';

const LETTER_FIELDS: DataFile['fields'] = [
  ['id', 'the letter id, permanent; the page is /letters/<id>/'],
  ['url', 'full address of the letter page'],
  ['title', 'title in UN style'],
  ['kind', 'letter, identical-letters, note-verbale or memorandum'],
  ['date', 'the date the letter bears (YYYY-MM-DD), or null when undated'],
  ['dateEstimate', 'for an undated letter, the editor’s estimate (YYYY-MM-DD)'],
  ['place', 'place of writing as stated, or null'],
  ['symbol', 'the UN document symbol that carries the letter, or null'],
  ['session', 'session of the General Assembly'],
  ['senders, recipients', 'parties: name, person id, organisation id, group (addressees), role as written'],
  ['encloses, enclosedIn', 'ids of enclosed letters and of the cover letter'],
  ['refersTo', 'each other letter it refers to: letter (its id, or null when not in the archive), text as written, relation (answers, follows, transmits, cites), date and symbol stated'],
  ['answers, answeredBy', 'ids of the letters it answers and of those that answer it'],
  ['documents', 'canonical symbols of the documents cited, in order of first citation'],
  ['people, organisations', 'ids of the people and organisations named in the text'],
  ['datesNamed', 'full dates named in the text (YYYY-MM-DD)'],
  ['source', 'address of the plain-text source and the lines the letter comes from'],
  ['files', 'addresses of the letter’s JSON, BibTeX, RIS, CSL-JSON and share image'],
  ['reviewed', 'false while a transcription awaits an editor'],
];

/** Every file of the open data, as the /data/ page describes it. */
export const DATA_FILES: DataFile[] = [
  { path: '/data/letters.json', name: 'Letters (JSON)', format: 'JSON', mediaType: 'application/json', description: 'Every letter, newest first: a JSON array with one letter a line, so that it can be read line by line. The same record for one letter is at /letters/<id>/letter.json.', fields: LETTER_FIELDS },
  { path: '/data/letters.csl.json', name: 'Letters (CSL-JSON)', format: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', description: 'Every letter as a reference for citation managers (Zotero, Mendeley, Pandoc), one a line. The same item for one letter is at /letters/<id>/cite.json, with cite.bib (BibTeX) and cite.ris (RIS) beside it.', fields: [['id, citation-key, type, genre, title', 'the letter; type report when issued as a UN document, else personal_communication'], ['author, recipient', 'people as family and given names, bodies as literal names'], ['issued, number, publisher, URL', 'date, UN symbol, United Nations when issued as a document, the page']] },
  { path: '/data/letters.csv', name: 'Letters (CSV)', format: 'CSV', mediaType: 'text/csv', description: 'Every letter, one a row (RFC 4180, UTF-8 without a byte-order mark, header row). Lists are joined with "; ".', copy: { path: '/data/letters-excel.csv', note: 'The same table with a UTF-8 byte-order mark, for Excel, which otherwise reads a CSV in the computer’s local encoding and garbles accents and dashes (“â€“” for “–”). Programs that read UTF-8 (LibreOffice, Google Sheets, Numbers, R, pandas) open either; use letters.csv with them, as some keep the mark in the first column’s name.' }, fields: [['id, url, title, kind, date, date_estimate, place, symbol, session', 'as in letters.json'], ['senders, recipients', 'names as the pages show them'], ['documents, people, organisations', 'symbols and ids, as in letters.json'], ['enclosed_in, encloses', 'letter ids']] },
  { path: '/data/people.json', name: 'People', format: 'JSON', mediaType: 'application/json', description: 'Every person of the archive.', fields: [['id, url, name, honorific, aliases', 'who the person is'], ['roles', 'title, organisation id, from and to (YYYY-MM-DD or null)'], ['sent, received, namedIn', 'ids of the letters the person signed, received and is named in']] },
  { path: '/data/organisations.json', name: 'Organisations', format: 'JSON', mediaType: 'application/json', description: 'Every organisation, Member State, group or campaign of the archive.', fields: [['id, url, name, shortName, kind, aliases', 'what the organisation is'], ['sent, received, namedIn', 'ids of letters']] },
  { path: '/data/documents.json', name: 'Documents', format: 'JSON', mediaType: 'application/json', description: 'Every document the letters cite.', fields: [['symbol, url, kind, title, date, session', 'the document, its kind derived from the symbol'], ['officialUrl', 'the official text at undocs.org, or null for decisions of the General Assembly'], ['citedBy', 'each citation: letter id and paragraph number']] },
  { path: '/data/cmif.xml', name: 'Correspondence metadata (CMIF)', format: 'TEI XML', mediaType: 'application/tei+xml', description: 'Every letter in the TEI Correspondence Metadata Interchange Format, version 2, as correspSearch reads it: sender, addressee, place and date, and the people, organisations and documents each letter mentions.', fields: [['correspDesc', 'one letter: @ref is its page'], ['correspAction type="sent" / "received"', 'persName or orgName (@ref: the archive page), placeName, date (@when; an estimate has @cert="low")'], ['note/ref', 'mentioned people (mentionsPerson), organisations (mentionsOrganization) and documents (mentionsBibl)']] },
];

/** The CSV row of a letter: the columns of /data/letters.csv. */
export const LETTER_CSV_HEADER = ['id', 'url', 'title', 'kind', 'date', 'date_estimate', 'place', 'symbol', 'session', 'senders', 'recipients', 'documents', 'people', 'organisations', 'enclosed_in', 'encloses'];

/** One letter as a row of /data/letters.csv, in the order of LETTER_CSV_HEADER. */
export function letterCsvRow(r: LetterRecord): Array<string | number | null> {
  const list = (values: string[]) => values.join('; ');
  return [r.id, r.url, r.title, r.kind, r.date, r.dateEstimate, r.place, r.symbol, r.session, list(r.senders.map((s) => s.name)), list(r.recipients.map((s) => s.name)), list(r.documents), list(r.people), list(r.organisations), r.enclosedIn, list(r.encloses)];
}

/** The open data as a schema.org Dataset, each file a DataDownload. */
export function datasetJsonLd(site: URL | string | undefined, letterCount: number, temporal: string | null): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${ARCHIVE_NAME}: letters, people, organisations and documents`,
    description: `Metadata of ${letterCount} letters of the United Nations, transcribed from their sources and cross-referenced: who wrote to whom, when and where, and the people, organisations, documents and dates each letter names.`,
    url: absoluteUrl('/data/', site),
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    inLanguage: 'en',
    creator: { '@type': 'Organization', name: ARCHIVE_NAME, url: absoluteUrl('/', site) },
    ...(temporal && { temporalCoverage: temporal }),
    distribution: DATA_FILES.map((f) => ({ '@type': 'DataDownload', name: f.name, encodingFormat: f.mediaType, contentUrl: absoluteUrl(f.path, site) })),
  };
}
