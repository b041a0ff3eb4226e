import { slugify } from './slugs.ts';

/** A name of a State written the one way the index compares it: "the United Kingdom" and "United Kingdom", "Côte d’Ivoire" and "Côte d'Ivoire" alike. */
export function normaliseStateName(name: string): string {
  return name.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').toLocaleLowerCase('en');
}

/** The id of a Member State's organisation: the slug of its UN short name ("Türkiye" -> "turkiye"). */
export function stateId(name: string): string {
  return slugify(name);
}

/** A name that could not join the index, and why. */
export interface StateNameConflict {
  name: string;
  message: string;
}

/** Member States by every name the register knows them by. */
export interface StateIndex {
  /** The id of the State a name names ("Turkey" -> "turkiye"); null when it names none. */
  idOf(name: string): string | null;
  /** The other names of a State ("Turkey" for Türkiye), in the order given. */
  otherNames(id: string): string[];
}

/**
 * Indexes the States under their UN names and under the other names given for them (state, name pairs).
 * A pair whose State is not a known name, or a name already taken by another State, is a conflict.
 */
export function stateIndex(states: readonly string[], otherNames: ReadonlyArray<{ state: string; name: string }>): { index: StateIndex; conflicts: Array<StateNameConflict | null> } {
  const ids = new Map<string, string>();
  const others = new Map<string, string[]>();
  for (const name of states) ids.set(normaliseStateName(name), stateId(name));
  const conflicts = otherNames.map(({ state, name }): StateNameConflict | null => {
    const id = states.includes(state) ? stateId(state) : null;
    if (!id) return { name: state, message: `"${state}" is not a State of member-states.csv` };
    const key = normaliseStateName(name);
    const taken = ids.get(key);
    if (taken && taken !== id) return { name, message: `"${name}" already names another State (${taken})` };
    ids.set(key, id);
    (others.get(id) ?? others.set(id, []).get(id)!).push(name);
    return null;
  });
  return {
    index: {
      idOf: (name) => ids.get(normaliseStateName(name)) ?? null,
      otherNames: (id) => others.get(id) ?? [],
    },
    conflicts,
  };
}

/** The State a role represents ("Permanent Representative of the Russian Federation to the United Nations"); null when it names none the index knows. */
export function representedState(role: string, index: StateIndex): string | null {
  const match = /\bPermanent Representative of (.+?)(?: to the United Nations\b.*)?$/i.exec(role.replace(/\s+/g, ' ').trim());
  return match ? index.idOf(match[1]!.replace(/[.,;]+$/, '')) : null;
}
