import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/lib/model/slugs.ts';

describe('slugify', () => {
  it.each([
    ['António Guterres', 'antonio-guterres'],
    ['1 for 7 Billion', '1-for-7-billion'],
    ['Friedrich-Ebert-Stiftung New York Office', 'friedrich-ebert-stiftung-new-york-office'],
    ['Straße', 'strasse'],
    ['Volkan Bozkır', 'volkan-bozkir'],
    ['Stanisław Trepczyński', 'stanislaw-trepczynski'],
    ['Đuro Ølsen Æbelø', 'duro-olsen-aebelo'],
    ['  --Côte d’Ivoire--  ', 'cote-d-ivoire'],
    ['United Nations Association – UK', 'united-nations-association-uk'],
    ['???', ''],
    ['', ''],
  ])('slugs %j as %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts a slug at its length without leaving a trailing hyphen', () => {
    expect(slugify('Intergovernmental Negotiations', 18)).toBe('intergovernmental');
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });
});

describe('uniqueSlug', () => {
  it('gives the slug itself when it is free', () => {
    expect(uniqueSlug('lykketoft', () => false)).toBe('lykketoft');
  });

  it('appends -2, -3... until a slug is free', () => {
    const taken = new Set(['2015-12-14-lykketoft', '2015-12-14-lykketoft-2']);
    expect(uniqueSlug('2015-12-14-lykketoft', (s) => taken.has(s))).toBe('2015-12-14-lykketoft-3');
  });
});
