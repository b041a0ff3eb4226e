import { describe, expect, it } from 'vitest';
import { isPlausibleSymbol } from '../../../src/lib/search/plausible-symbol.ts';
import { parseSymbol } from '../../../src/schema/symbols.ts';

const TODAY = '2026-12-02';

describe('whether a cited symbol could name a document that exists', () => {
  it.each(['A/RES/69/321', 'A/DEC/62/557', 'A/RES/81/1', 'S/RES/1325(2000)', 'S/RES/2800(2026)', 'A/RES/3379(XXX)', 'S/2015/988', 'A/70/L.1', 'S/PRST/2015/19'])(
    '%s could exist',
    (symbol) => expect(isPlausibleSymbol(parseSymbol(symbol)!, TODAY)).toBe(true),
  );

  it.each([
    ['A/RES/99/9999', 'a session not yet opened'],
    ['A/DEC/82/1', 'the session after the current one'],
    ['A/RES/70/1000', 'a number no session reaches'],
    ['S/RES/99999(2099)', 'a resolution the grammar does not read, of a year to come'],
    ['S/RES/10(2099)', 'a year to come'],
    ['S/RES/10(1900)', 'a year before the United Nations'],
    ['S/2099/5', 'a document of a year to come'],
  ])('%s cannot: %s', (symbol) => expect(isPlausibleSymbol(parseSymbol(symbol)!, TODAY)).toBe(false));
});
