// Latin letters that carry no combining mark to strip, so NFKD leaves them whole: "Bozkır", "Trepczyński", "Đukanović".
const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', þ: 'th', ß: 'ss', ħ: 'h' };

/** A readable, URL-safe slug: "António Guterres" -> "antonio-guterres", "Volkan Bozkır" -> "volkan-bozkir", "1 for 7 Billion" -> "1-for-7-billion". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıłđðøæœþßħ]/g, (letter) => LETTERS[letter]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** A slug not yet in `taken`: the slug itself, else with -2, -3... appended. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}
