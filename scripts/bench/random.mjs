// A seeded pseudo-random source: the same seed must give byte-identical archives, so that two
// benchmark runs (or two commits) are compared on the same content. Math.random is never used.

/** Hashes any seed text to four 32-bit words (cyrb128), so that "1", "42" and "un-letters" all make good seeds. */
export function hashSeed(text) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A random source for one named stream of a seed. */
// Separate streams (people, documents, letters) keep one part of the archive stable when another
// part changes how many numbers it draws.
export function createRandom(seed, stream = '') {
  let [a, b, c, d] = hashSeed(`${seed}\u0000${stream}`);
  // sfc32: small, fast, and good enough for synthetic text; 2^128 state.
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // the first outputs of sfc32 still echo the seed
  const random = {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max], both included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability p. */
    chance: (p) => next() < p,
    /** One item, uniformly. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** One item, the first ones far more often (power-law-like), as real citations cluster on a few documents. */
    pickSkewed: (items, power = 3) => items[Math.floor(items.length * next() ** power)],
    /** One key of a { key: weight } table, in proportion to its weight. */
    weighted: (table) => {
      const entries = Object.entries(table);
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) if ((roll -= weight) < 0) return key;
      return entries[entries.length - 1][0];
    },
    /** A new array with the items in random order (Fisher-Yates). */
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return random;
}
