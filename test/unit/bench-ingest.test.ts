import { describe, expect, it } from 'vitest';
import { formatIngestGoal } from '../../scripts/bench-ingest/run.mjs';

describe("the ingest benchmark's goal line", () => {
  it('says the goal is met when 10,000 letters took at most 30 s', () => {
    expect(formatIngestGoal({ count: 10000, wallMs: 29990, loadBefore: 1, loadAfter: 1.5 })).toBe(
      'goal: 10,000 letters ingested in at most 30.00 s: met (29.99 s; load average 1.00 before, 1.50 after: other work on the machine lengthens wall time)',
    );
  });

  it('says the goal is missed when they took longer', () => {
    expect(formatIngestGoal({ count: 10000, wallMs: 30010, loadBefore: 6, loadAfter: 8 })).toMatch(/: MISSED \(30\.01 s; load average 6\.00 before/);
  });

  it('does not judge a run of another size, and gives the time its rate would take for 10,000 letters', () => {
    const line = formatIngestGoal({ count: 500, wallMs: 2000, loadBefore: 0.5, loadAfter: 0.7 });
    expect(line).toContain('not judged, this run ingested 500');
    expect(line).toContain('10,000 would take 40.00 s');
    expect(line).not.toMatch(/met|MISSED/);
  });
});
