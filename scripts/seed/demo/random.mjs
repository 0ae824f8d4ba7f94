// Seeded randomness: the same seed gives the same stream.

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRandom(seed) {
  // Mix the seed so that seeds 1, 2, 3 … give unrelated streams.
  let s = (Number(seed) || 0) ^ 0x9e3779b9;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
  const next = mulberry32(s ^ (s >>> 16));
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const shuffle = (arr) => {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  /** k distinct items, in the order of `arr` (stable, reads well in lists). */
  const sample = (arr, k) => {
    if (k >= arr.length) return arr.slice();
    if (k <= 0) return [];
    if (k === 1) return [arr[Math.floor(next() * arr.length)]];
    if (k === 2) {
      const i = Math.floor(next() * arr.length);
      let j = Math.floor(next() * (arr.length - 1));
      if (j >= i) j++;
      return i < j ? [arr[i], arr[j]] : [arr[j], arr[i]];
    }
    const chosen = new Set();
    while (chosen.size < k) chosen.add(Math.floor(next() * arr.length));
    return [...chosen].sort((x, y) => x - y).map((i) => arr[i]);
  };
  const weighted = (entries) => {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, pick, chance, shuffle, sample, weighted };
}
