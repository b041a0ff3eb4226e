// --update K: the benchmark holds K letters of the generated archive back, builds the rest cold, then adds the K
// and times the rebuild (the incremental build of src/data/page-keys.ts and the finishing step's caches).

/**
 * Splits the generated files into those of the cold build and K letters added after it. Only letters that stand
 * alone are held back (no encloses, no enclosedIn: nothing else names them): spread evenly over the archive (an
 * editor filling in its past), or with `newest` the newest of them (an archive taking in the letters of the day);
 * their sources stay in the cold build, as an editor's plain-text file arrives before its letters are marked up.
 */
export function holdBackLetters(files, count, newest = false) {
  const alone = [...files.keys()].filter((path) => path.startsWith('letters/') && !/^(encloses|enclosedIn):/m.test(files.get(path)));
  if (alone.length < count) throw new Error(`--update ${count}: only ${alone.length} letters of the archive stand alone`);
  const step = alone.length / count;
  // A letter's file is named after its date first ("letters/2026-03-01-..."): the last names are the newest letters.
  const dated = alone.filter((path) => /^letters\/\d{4}-/.test(path)).sort();
  const chosen = newest ? dated.slice(-count) : Array.from({ length: count }, (_, i) => alone[Math.floor(i * step)]);
  const held = new Set(chosen);
  const cold = new Map([...files].filter(([path]) => !held.has(path)));
  const added = new Map([...files].filter(([path]) => held.has(path)));
  return { cold, added };
}

/** @typedef {{ wallMs: number, cpuMs: number, peakKb: number }} RunFigures */

/**
 * The JSON of --out that the issue fixes: { letters, cold: { wall_s, cpu_s, peak_rss_mb }, update?, peer? }.
 * @param {{ letters: number, cold: RunFigures, update?: (RunFigures & { added: number }) | null, peer?: (RunFigures & { name: string }) | null }} figures
 */
export function contractJson({ letters, cold, update = null, peer = null }) {
  const figures = (run) => ({ wall_s: round(run.wallMs / 1000), cpu_s: round(run.cpuMs / 1000), peak_rss_mb: Math.round(run.peakKb / 1024) });
  return {
    letters,
    cold: figures(cold),
    ...(update && { update: { added: update.added, wall_s: round(update.wallMs / 1000), cpu_s: round(update.cpuMs / 1000), peak_rss_mb: Math.round(update.peakKb / 1024), share_of_cold: round(update.wallMs / cold.wallMs, 3) } }),
    ...(peer && { peer: { name: peer.name, wall_s: round(peer.wallMs / 1000), cpu_s: round(peer.cpuMs / 1000), peak_rss_mb: Math.round(peer.peakKb / 1024), ratio_wall: round(cold.wallMs / peer.wallMs, 3) } }),
  };
}

function round(value, digits = 2) {
  return Number(value.toFixed(digits));
}
