import { splitPersonName } from '../model/person-names.ts';

/** A record as review reads it: its collection, id, name as shown, and whether an editor has checked it. */
export interface ReviewRecord {
  collection: 'letters' | 'people' | 'organisations' | 'documents';
  id: string;
  name: string;
  reviewed: boolean;
}

/** A person as the duplicate check reads them. */
export interface ReviewPerson {
  id: string;
  name: string;
  familyName: string | null;
}

/** A letter as review reads it: whether it has a date and a sender. */
export interface ReviewLetter {
  id: string;
  title: string;
  date: string | null;
  senders: number;
}

/** A warning the last ingest wrote (content/ingest-warnings.json). */
export interface IngestWarningEntry {
  file: string;
  line: number;
  kind: string;
  message: string;
}

/** What awaits an editor's review. */
export interface ReviewQueue {
  unreviewed: ReviewRecord[];
  /** Groups of two or more people who may be one person. */
  likelyDuplicates: ReviewPerson[][];
  warnings: IngestWarningEntry[];
  undated: ReviewLetter[];
  withoutSender: ReviewLetter[];
}

/** A name folded for comparison: accents, capitals and punctuation apart ("Comissário" and "COMMISÁRIO" are near). */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The key two records of one person share: the folded family name and the initials of the given names. */
export function duplicateKey(person: ReviewPerson): string {
  const { given, family } = splitPersonName(person.name, person.familyName);
  const initials = foldName(given).split(/[\s-]+/).filter(Boolean).map((w) => w[0]).join('');
  return `${foldName(family)}|${initials}`;
}

/** People grouped by their duplicate key, where a key holds more than one record. */
export function likelyDuplicates(people: readonly ReviewPerson[]): ReviewPerson[][] {
  const groups = new Map<string, ReviewPerson[]>();
  for (const person of people) {
    const key = duplicateKey(person);
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort((a, b) => a.id.localeCompare(b.id)));
}

/** Everything that awaits review, in a stable order: by collection and id, warnings by file and line. */
export function reviewQueue(input: {
  records: readonly ReviewRecord[];
  people: readonly ReviewPerson[];
  letters: readonly ReviewLetter[];
  warnings: readonly IngestWarningEntry[];
}): ReviewQueue {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    unreviewed: input.records.filter((r) => !r.reviewed).sort((a, b) => a.collection.localeCompare(b.collection) || byId(a, b)),
    likelyDuplicates: likelyDuplicates(input.people).sort((a, b) => byId(a[0]!, b[0]!)),
    warnings: [...input.warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    undated: input.letters.filter((l) => l.date === null).sort(byId),
    withoutSender: input.letters.filter((l) => l.senders === 0).sort(byId),
  };
}

/** The queue as the lines `npm run review` prints. */
export function reviewReport(queue: ReviewQueue): string[] {
  const lines = [`${queue.unreviewed.length} records not reviewed`];
  for (const r of queue.unreviewed) lines.push(`  ${r.collection}/${r.id}: ${r.name}`);
  lines.push(`${queue.likelyDuplicates.length} groups of people who may be one person`);
  for (const group of queue.likelyDuplicates) lines.push(`  ${group.map((p) => `${p.id} (${p.name})`).join(' = ')}`);
  lines.push(`${queue.warnings.length} warnings of the last ingest`);
  for (const w of queue.warnings) lines.push(`  ${w.file}:${w.line}: ${w.kind}: ${w.message}`);
  lines.push(`${queue.undated.length} letters without a date`);
  for (const l of queue.undated) lines.push(`  letters/${l.id}: ${l.title}`);
  lines.push(`${queue.withoutSender.length} letters without a sender`);
  for (const l of queue.withoutSender) lines.push(`  letters/${l.id}: ${l.title}`);
  return lines;
}
