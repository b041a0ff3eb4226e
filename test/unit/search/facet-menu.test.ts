import { describe, expect, it } from 'vitest';
import { facetMenu } from '../../../src/lib/search/facet-menu.ts';

const labels = (menu: ReturnType<typeof facetMenu>) => menu.options.map((option) => option.label);

describe('the menu of a facet', () => {
  it('lists years in date order, not by count', () => {
    expect(labels(facetMenu('year', { 2021: 1, 2015: 2, 1999: 5, 2017: 1 }, ''))).toEqual(['1999 (5)', '2015 (2)', '2017 (1)', '2021 (1)']);
  });

  it('lists sessions in numeric order', () => {
    expect(labels(facetMenu('session', { 9: 1, 70: 2, 100: 1 }, ''))).toEqual(['9 (1)', '70 (2)', '100 (1)']);
  });

  it('lists senders most letters first, then by name', () => {
    expect(labels(facetMenu('sender', { Lucas: 1, Lykketoft: 3, Donaldson: 1, Nobody: 0 }, ''))).toEqual(['Lykketoft (3)', 'Donaldson (1)', 'Lucas (1)']);
  });

  it('keeps the chosen value, with 0 when no letter has it', () => {
    expect(labels(facetMenu('year', { 2015: 2 }, '1990'))).toEqual(['1990 (0)', '2015 (2)']);
  });

  it('says how many values it leaves out past the cap (301 of 5,060 senders)', () => {
    const counts = Object.fromEntries(Array.from({ length: 5060 }, (_, i) => [`Sender ${String(i).padStart(4, '0')}`, 5060 - i]));
    const menu = facetMenu('sender', counts, '');
    expect(menu.options).toHaveLength(300);
    expect(menu.more).toBe(4760);
  });

  it('lists a chosen value that falls past the cap, in place of the last one', () => {
    const counts = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`S${i}`, 10 - i]));
    const menu = facetMenu('sender', counts, 'S9', 3);
    expect(labels(menu)).toEqual(['S0 (10)', 'S1 (9)', 'S9 (1)']);
    expect(menu.more).toBe(7);
  });
});
