import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itself, lowerBound } from '../../../src/lib/text/lower-bound.ts';

describe('lowerBound', () => {
  it('finds the first position at or after the value, as a scan from the start would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((n) => n >= value);
        expect(lowerBound(sorted, value, itself)).toBe(scanned < 0 ? sorted.length : scanned);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads the key of each item, such as the end of a line', () => {
    const lines = [{ end: 4 }, { end: 9 }, { end: 15 }];
    expect([0, 4, 5, 9, 15, 16].map((offset) => lowerBound(lines, offset, (l) => l.end))).toEqual([0, 0, 1, 1, 2, 3]);
  });
});
