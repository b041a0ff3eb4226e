// The whole synthetic archive as plain data: a map from path (relative to the content folder) to
// file text. Pure and deterministic, so that the unit test can check it without touching the disk.
import { Document, isScalar, visit } from 'yaml';
import { slugifySymbol } from '../../src/schema/symbols.ts';
import { generateDocuments } from './documents.mjs';
import { generateOrganisations, generatePeople, indexPeopleByYear, scaleFor } from './entities.mjs';
import { generateLetters } from './letters.mjs';
import { createRandom } from './random.mjs';

/** Generates the archive for `letters` and `seed` as { files: Map<path, text>, counts }; paths are relative to the content folder. */
export function generateArchive({ letters, seed }) {
  const scale = scaleFor(letters);
  // One stream per part: the cast stays the same whatever the letters draw.
  const organisations = generateOrganisations(createRandom(seed, 'organisations'), scale.organisations);
  const people = generatePeople(createRandom(seed, 'people'), scale.people, organisations);
  const documents = generateDocuments(createRandom(seed, 'documents'), scale.documents);
  const cast = {
    people,
    peopleByYear: indexPeopleByYear(people),
    organisations,
    organisationById: new Map(organisations.map((o) => [o.id, o])),
    states: organisations.filter((o) => o.kind === 'member-state'),
    documents,
    // A fixed popularity order: a few documents are cited by many letters, most by few.
    popularDocuments: createRandom(seed, 'popularity').shuffle(documents),
  };
  const generated = generateLetters(createRandom(seed, 'letters'), cast, letters);

  const files = new Map();
  for (const o of organisations) {
    files.set(`organisations/${o.id}.yaml`, toYaml({ name: o.name, shortName: o.shortName, aliases: o.aliases, kind: o.kind, reviewed: o.reviewed }));
  }
  for (const p of people) {
    const roles = p.roles.map(({ title, organisation, from, to }) => ({ title, organisation, from, to }));
    files.set(`people/${p.id}.yaml`, toYaml({ name: p.name, honorific: p.honorific, aliases: p.aliases, roles, reviewed: p.reviewed }));
  }
  for (const d of documents) {
    files.set(`documents/${slugifySymbol(d.symbol)}.yaml`, toYaml({ symbol: d.symbol, title: d.title, date: d.date, reviewed: d.reviewed }));
  }
  for (const letter of generated.letters) files.set(`letters/${letter.id}.mdx`, `---\n${toYaml(letter.data, true)}---\n\n${letter.body}`);
  for (const source of generated.sources) files.set(source.path, source.text);
  const counts = { letters, people: people.length, organisations: organisations.length, documents: documents.length, sources: generated.sources.length };
  return { files, counts };
}

/** Writes data as YAML the way the hand-written files look (flow lists, no folding, defaults left out). */
// Defaults (null, true, empty lists) are left out because the schemas fill them in; `keepNulls`
// keeps `date: null`, which the letter schema requires to be written.
export function toYaml(data, keepNulls = false) {
  const trimmed = Object.fromEntries(
    Object.entries(data).filter(([key, v]) => (v === null ? keepNulls && key === 'date' : v !== undefined && v !== true && !(Array.isArray(v) && !v.length))),
  );
  const doc = new Document(Object.fromEntries(Object.entries(trimmed).map(([key, v]) => [key, stripNulls(v)])));
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// Nested objects (senders, roles) drop their null fields too: the schemas default them to null.
function stripNulls(value) {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, stripNulls(v)]));
  }
  return value;
}
