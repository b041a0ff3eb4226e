import { describe, expect, it } from 'vitest';
import { formatRouteTimes, routeTimes } from '../../scripts/bench/report.mjs';

// Astro's log while it renders several pages at once: lines of pages started together run into one another.
const log = [
  '12:00:01   ├─ /dates/1946/09/07/index.html12:00:01   ├─ /dates/1946/10/06/index.html (+6ms) ',
  ' (+7ms) ',
  '12:00:02   ├─ /letters/a/index.html (+6ms) ',
  '12:00:02   ├─ /letters/b/index.html (+6ms) ',
  '12:00:02   ├─ /letters/c/index.html (+6ms) ',
  '12:00:03   └─ /index.html (+2ms) ',
].join('\n');

describe('the benchmark report of render time by section', () => {
  it('counts every page, those whose lines ran into one another included', () => {
    const sections = routeTimes(log);
    expect(Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.pages]))).toEqual({ dates: 2, letters: 3, '(top level)': 1 });
  });

  it('gives each section the wall time until the next page, spreading the pages of one second evenly over it', () => {
    const sections = routeTimes(log);
    expect(sections.dates!.ms).toBeCloseTo(1000);
    expect(sections.letters!.ms).toBeCloseTo(1000);
    expect(sections['(top level)']!.ms).toBe(0);
  });

  it('reports the render time outside the pages, sections largest first', () => {
    const line = formatRouteTimes(routeTimes(log), 5000);
    expect(line).toMatch(/^render by section: (dates|letters) /);
    expect(line).toContain('outside page times (getStaticPaths, archive assembly) 3.00 s');
  });
});
