/**
 * The index of the first of `sorted` (ascending by `keyOf`) whose key is at or after `value`; `sorted.length`
 * when none is. The one binary search behind every "which line holds this offset" of a letter body.
 */
export function lowerBound<T>(sorted: readonly T[], value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keyOf(sorted[mid]!) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The key of a number: itself, for a sorted list of offsets. */
export const itself = (n: number): number => n;
