import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/archive.mjs';
import { contractJson, holdBackLetters } from '../../scripts/bench/update.mjs';

const { files } = generateArchive({ letters: 200, seed: 'unit-test' });

describe('the benchmark of an update (--update K)', () => {
  it('holds back K letters that nothing else names, and keeps every other file for the cold build', () => {
    const { cold, added } = holdBackLetters(files, 10);
    expect(added.size).toBe(10);
    expect(cold.size + added.size).toBe(files.size);
    for (const [path, text] of added) {
      expect(path.startsWith('letters/'), path).toBe(true);
      expect(text).not.toMatch(/^(encloses|enclosedIn):/m);
      const id = path.slice('letters/'.length, -'.mdx'.length);
      for (const other of cold.values()) expect(other.includes(`enclosedIn: ${id}`) || other.includes(`encloses: [${id}`)).toBe(false);
    }
  });

  it('with --newest holds back the newest of the letters that stand alone', () => {
    const { added } = holdBackLetters(files, 10, true);
    const dated = [...files.keys()].filter((path) => /^letters\/\d{4}-/.test(path) && !/^(encloses|enclosedIn):/m.test(files.get(path)!)).sort();
    expect([...added.keys()].sort()).toEqual(dated.slice(-10));
    expect([...added.keys()].every((path) => path >= 'letters/2023-')).toBe(true);
  });

  it('says how many letters stand alone when K is more than that', () => {
    expect(() => holdBackLetters(files, 1_000)).toThrow(/--update 1000: only \d+ letters of the archive stand alone/);
  });

  it('writes the JSON the issue fixes: letters, cold, update', () => {
    const run = (wallMs: number) => ({ wallMs, cpuMs: wallMs * 1.5, peakKb: 2048 * 1024 });
    expect(contractJson({ letters: 200, cold: run(40_000), update: { added: 10, ...run(4_000) } })).toEqual({
      letters: 200,
      cold: { wall_s: 40, cpu_s: 60, peak_rss_mb: 2048 },
      update: { added: 10, wall_s: 4, cpu_s: 6, peak_rss_mb: 2048, share_of_cold: 0.1 },
    });
  });
});
