import { describe, expect, it } from 'vitest';
import { parseCitationQuery } from '../../../src/lib/search/citation-query.ts';

describe('a search query read as a UN citation', () => {
  it.each([
    ['69/321', ['A/RES/69/321', 'A/DEC/69/321']],
    ['A/RES/69/321', ['A/RES/69/321']],
    ['a/res/69/321', ['A/RES/69/321']],
    ['res 69/321', ['A/RES/69/321']],
    ['resolution 69/321', ['A/RES/69/321']],
    ['GA res. 69/321', ['A/RES/69/321']],
    ['General Assembly resolution 70/1', ['A/RES/70/1']],
    ['69-321', ['A/RES/69/321', 'A/DEC/69/321']],
    ['"69/321"', ['A/RES/69/321', 'A/DEC/69/321']],
    ['decision 62/557', ['A/DEC/62/557']],
    ['A/DEC/62/557', ['A/DEC/62/557']],
    ['62/557', ['A/DEC/62/557', 'A/RES/62/557']],
    ['1325 (2000)', ['S/RES/1325(2000)']],
    ['1325(2000)', ['S/RES/1325(2000)']],
    ['S/RES/1325 (2000)', ['S/RES/1325(2000)']],
    ['resolution 1325 (2000)', ['S/RES/1325(2000)']],
    ['Security Council resolution 2250 (2015)', ['S/RES/2250(2015)']],
    ['3379 (XXX)', ['A/RES/3379(XXX)']],
    ['resolution 377 A (V)', ['A/RES/377(V)']],
    ['S/2015/988', ['S/2015/988']],
    ['a/70/l.1', ['A/70/L.1']],
    ['S/PRST/2015/19', ['S/PRST/2015/19']],
  ])('reads "%s" as %j, most likely first', (query, candidates) => {
    expect(parseCitationQuery(query)).toEqual({ candidates, scNumber: null });
  });

  it.each([['1325', 1325], ['resolution 1325', 1325], ['SC res 2250', 2250]])('reads "%s" as Security Council resolution %i, its year to be looked up', (query, scNumber) => {
    expect(parseCitationQuery(query)).toEqual({ candidates: [], scNumber });
  });

  it.each(['Lykketoft', 'Intergovernmental Negotiations', '"highest consideration"', '', '12/3', '3379 (XXXI)', '2015/16 process'])('leaves "%s" to be searched as words', (query) => {
    expect(parseCitationQuery(query)).toBeNull();
  });
});
