/**
 * People's names as the UN prints them and as citations file them. UN documents print the family
 * name in capitals ("BAN Ki-moon", "ZHANG Yesui", "Kofi A. ANNAN"): that tells which word is the
 * family name, and so whether it stands first, which the natural-order name ("Ban Ki-moon") no
 * longer shows.
 */

const CAPITALS = /^[\p{Lu}][\p{Lu}'’-]+$/u;

/** "KOFI A. ANNAN" -> "Kofi A. Annan"; every word's first letter upper case, the rest lower case. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A name in natural letter case: all capitals ("KOFI A. ANNAN") or a family name in capitals ("BAN Ki-moon") become "Kofi A. Annan", "Ban Ki-moon". */
export function naturalCase(name: string): string {
  return /^[\p{Lu}\s.'’-]+$/u.test(name) ? titleCase(name) : name.replace(/(?<![\p{L}'’-])\p{Lu}[\p{Lu}'’-]+(?![\p{L}'’-])/gu, (word) => (/^[IVX]+$/.test(word) ? word : titleCase(word)));
}

/** The family name of a name printed family name first, in capitals ("BAN Ki-moon" -> "Ban"); null for any other name. */
export function familyNameFirst(asPrinted: string): string | null {
  const words = asPrinted.trim().split(/\s+/);
  if (words.length < 2 || !CAPITALS.test(words[0]!) || words.slice(1).every((w) => /^[\p{Lu}][\p{Lu}'’.-]*$/u.test(w))) return null;
  return titleCase(words[0]!);
}

/**
 * A person's name split for citing. With the family name known (`familyName`, from the person's
 * record or from capitals as printed) it is that name, first or last; otherwise the last word
 * ("Sylvie Lucas" -> Lucas, Sylvie).
 */
export function splitPersonName(name: string, familyName: string | null = null): { given: string; family: string; familyFirst: boolean } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const family = familyName ?? familyNameFirst(trimmed);
  const natural = naturalCase(trimmed);
  if (family && natural.startsWith(`${family} `)) return { family, given: natural.slice(family.length + 1), familyFirst: true };
  if (family && natural.endsWith(` ${family}`)) return { family, given: natural.slice(0, -family.length - 1), familyFirst: false };
  const words = trimmed.split(' ');
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' '), familyFirst: false };
}
