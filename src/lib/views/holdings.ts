import type { Archive } from '../archive/archive.ts';

/** One line of what the archive holds: a label, how many letters, and the page that lists them (null when none). */
export interface Holding {
  label: string;
  letters: number;
  href: string | null;
}

/** What the archive holds, for its home page: letters by year, by sender, by kind. */
export interface Holdings {
  byYear: Holding[];
  bySender: Holding[];
  byKind: Holding[];
}

const KIND_LABELS: Record<string, string> = { letter: 'Letters', 'identical-letters': 'Identical letters', 'note-verbale': 'Notes verbales', memorandum: 'Memoranda' };

/** The archive's letters counted by year (oldest first), by their most frequent senders (the first `senders`), and by kind. */
export function archiveHoldings(archive: Archive, senders = 12): Holdings {
  const years = new Map<string, number>();
  const kinds = new Map<string, number>();
  const bySender = new Map<string, Holding>();
  for (const letter of archive.letters) {
    const year = letter.sortDate.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    kinds.set(letter.data.kind, (kinds.get(letter.data.kind) ?? 0) + 1);
    // A letter counts once for each distinct signatory: by person where known, else by organisation.
    const keys = new Set<string>();
    for (const s of letter.data.senders) {
      const person = s.person ? archive.people.get(s.person) : undefined;
      const org = !person && s.organisation ? archive.organisations.get(s.organisation) : undefined;
      const key = person ? `/people/${person.id}/` : org ? `/organisations/${org.id}/` : null;
      if (!key || keys.has(key)) continue;
      keys.add(key);
      const holding = bySender.get(key) ?? { label: person?.data.name ?? org!.data.name, letters: 0, href: key };
      holding.letters++;
      bySender.set(key, holding);
    }
  }
  return {
    byYear: [...years].sort(([a], [b]) => a.localeCompare(b)).map(([year, letters]) => ({ label: year, letters, href: `/years/${year}/` })),
    bySender: [...bySender.values()].sort((a, b) => b.letters - a.letters || a.label.localeCompare(b.label)).slice(0, senders),
    byKind: [...kinds].sort(([, a], [, b]) => b - a).map(([kind, letters]) => ({ label: KIND_LABELS[kind] ?? kind, letters, href: null })),
  };
}
