import type { DraftLetter } from './types.ts';

/** One letter as the evaluation contract has it (README, "The ingest's JSON contract"). */
export interface ContractLetter {
  source: string;
  id: string;
  date: string | null;
  senders: Array<{ name: string | null; role: string | null }>;
  recipients: string[];
  documents: string[];
  people: string[];
  dates: string[];
  enclosures: string[];
  enclosedIn: string | null;
}

/** The contract's object for a letter; people are given by full name. */
export function contractEntry(source: string, letter: DraftLetter, names: { people: Map<string, string> }): ContractLetter {
  return {
    source,
    id: letter.id,
    date: letter.date,
    senders: letter.senders.map((s) => ({ name: s.name, role: s.role })),
    recipients: letter.recipients.map((r) => r.text),
    documents: letter.documents,
    people: letter.namedPeople.map((id) => names.people.get(id) ?? id),
    dates: letter.dates,
    enclosures: letter.encloses,
    enclosedIn: letter.enclosedIn,
  };
}
