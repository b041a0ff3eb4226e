import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArchive } from '../../scripts/bench/archive.mjs';
import { starlightPage } from '../../scripts/bench/peer.mjs';
import { contractJson } from '../../scripts/bench/update.mjs';

const { files } = generateArchive({ letters: 50, seed: 'unit-test' });
const letters = [...files].filter(([path]) => path.startsWith('letters/'));

/** A page's frontmatter and body. */
function split(page: string): { data: Record<string, unknown>; body: string } {
  const end = page.indexOf('\n---\n', 4);
  return { data: parse(page.slice(4, end)) as Record<string, unknown>, body: page.slice(end + 5) };
}

describe('the peer of the benchmark (--peer starlight)', () => {
  it('gives each letter its own title and its body with every mention turned to its text', () => {
    for (const [, mdx] of letters) {
      const letter = split(mdx);
      const page = split(starlightPage(mdx));
      expect(page.data).toEqual({ title: letter.data.title });
      expect(page.body).not.toMatch(/<(PersonRef|OrgRef|DocRef|DateRef)\b/);
      const mentioned = [...letter.body.matchAll(/<(PersonRef|OrgRef|DocRef|DateRef)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
      expect(mentioned.length).toBeGreaterThan(0);
      for (const text of mentioned) expect(page.body).toContain(text);
    }
  });

  it('writes the peer into the JSON the issue fixes, with the archive\'s wall time as a share of the peer\'s', () => {
    const run = (wallMs: number) => ({ wallMs, cpuMs: wallMs * 1.5, peakKb: 1024 * 1024 });
    expect(contractJson({ letters: 50, cold: run(30_000), peer: { name: 'starlight', ...run(60_000) } })).toEqual({
      letters: 50,
      cold: { wall_s: 30, cpu_s: 45, peak_rss_mb: 1024 },
      peer: { name: 'starlight', wall_s: 60, cpu_s: 90, peak_rss_mb: 1024, ratio_wall: 0.5 },
    });
  });
});
