import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lib/ingest/find-citations.ts';

/** The citations found in a text, each as its canonical symbol and the exact text its span covers. */
function cited(text: string, ignore?: ReadonlySet<string>): Array<[string, string]> {
  return findCitations(text, ignore).citations.map((c) => [c.symbol, text.slice(c.start, c.end)]);
}

describe('findCitations', () => {
  it.each([
    ['resolution 69/321', [['A/RES/69/321', 'resolution 69/321']]],
    ['GA Resolution 69/321', [['A/RES/69/321', 'GA Resolution 69/321']]],
    ['General Assembly resolution 69/321', [['A/RES/69/321', 'General Assembly resolution 69/321']]],
    ['see A/RES/69/321 of 11 September 2015', [['A/RES/69/321', 'A/RES/69/321']]],
    ['resolutions 69/321 and 70/305', [['A/RES/69/321', 'resolutions 69/321'], ['A/RES/70/305', '70/305']]],
    ['resolutions 69/321, 70/305 and 71/323', [['A/RES/69/321', 'resolutions 69/321'], ['A/RES/70/305', '70/305'], ['A/RES/71/323', '71/323']]],
    ['decision 62/557', [['A/DEC/62/557', 'decision 62/557']]],
    ['Decision 69/560 of 14 September 2015', [['A/DEC/69/560', 'Decision 69/560']]],
    ['resolution 1325 (2000)', [['S/RES/1325(2000)', 'resolution 1325 (2000)']]],
    ['Security Council resolution 2250 (2015)', [['S/RES/2250(2015)', 'Security Council resolution 2250 (2015)']]],
    ['resolutions 2100 (2013) and 2164 (2014)', [['S/RES/2100(2013)', 'resolutions 2100 (2013)'], ['S/RES/2164(2014)', '2164 (2014)']]],
    [
      'resolutions 1325 (2000), 1820 (2008) and 1888 (2009)',
      [['S/RES/1325(2000)', 'resolutions 1325 (2000)'], ['S/RES/1820(2008)', '1820 (2008)'], ['S/RES/1888(2009)', '1888 (2009)']],
    ],
    ['S/RES/2250 (2015)', [['S/RES/2250(2015)', 'S/RES/2250 (2015)']]],
    ['resolution 3379 (XXX)', [['A/RES/3379(XXX)', 'resolution 3379 (XXX)']]],
    ['resolution 377 A (V)', [['A/RES/377(V)', 'resolution 377 A (V)']]],
    ['circulated as S/2015/988.', [['S/2015/988', 'S/2015/988']]],
    ['the draft A/70/L.1 was adopted', [['A/70/L.1', 'A/70/L.1']]],
    ['S/PRST/2015/19', [['S/PRST/2015/19', 'S/PRST/2015/19']]],
    ['resolution69/321', [['A/RES/69/321', 'resolution69/321']]],
  ])('reads %j', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it.each([
    ['resolution 691321', 'the slash was misread as a digit'],
    ['resolution 69/32l', 'the last digit was misread as a letter l'],
    ['resolution 3379 (XXXI)', 'the 31st session no longer numbered resolutions the old way'],
    ['resolution 12/3', 'sessions before the 31st did not number resolutions session/number'],
  ])('warns about %j and links nothing, because %s', (text) => {
    const { citations, warnings } = findCitations(text);
    expect(citations).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^unknown symbol form ".+": not linked, check the source$/);
  });

  it('names the misread citation in its warning, where it stands', () => {
    const text = 'pursuant to resolution 691321 of the Assembly';
    const [warning] = findCitations(text).warnings;
    expect(warning!.text).toBe('resolution 691321');
    expect(text.slice(warning!.offset)).toMatch(/^691321/);
  });

  it.each([
    ['in 2015/16', 'a session written as years'],
    ['the 2015/16 process', 'a session written as years'],
    ['a resolution of the Assembly', 'a resolution named without its number'],
    ['No. SC/17/089', "a mission's file reference"],
  ])('finds nothing in %j (%s)', (text) => {
    expect(findCitations(text)).toEqual({ citations: [], warnings: [] });
  });

  it("leaves out the masthead's own symbol, and only it", () => {
    const text = 'S/2010/24 transmits the letter; see also S/2010/25.';
    expect(cited(text)).toEqual([['S/2010/24', 'S/2010/24'], ['S/2010/25', 'S/2010/25']]);
    expect(cited(text, new Set(['S/2010/24']))).toEqual([['S/2010/25', 'S/2010/25']]);
  });

  it('gives the citations of a text in the order they stand', () => {
    const text = 'Recalling resolution 1325 (2000), decision 62/557 and A/RES/69/321, and S/PRST/2015/19,';
    expect(findCitations(text).citations.map((c) => c.symbol)).toEqual(['S/RES/1325(2000)', 'A/DEC/62/557', 'A/RES/69/321', 'S/PRST/2015/19']);
  });
});
