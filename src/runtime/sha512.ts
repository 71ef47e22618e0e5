/**
 * SHA-512 (FIPS 180-4) on bytes, for `random.seed(str)` (CPython hashes a str or bytes seed with
 * SHA-512). BigInt arithmetic: seeding is rare, clarity matters more than speed. The round
 * constants are computed once from their definition (fractional parts of cube and square roots
 * of the first primes) instead of being spelled out.
 */
const MASK = (1n << 64n) - 1n;

let tables: { readonly k: readonly bigint[]; readonly h: readonly bigint[] } | null = null;

function iroot(n: bigint, degree: bigint): bigint {
  // Newton's method on integers: floor(n ** (1/degree))
  let x = 1n << (BigInt(n.toString(2).length) / degree + 1n);
  for (;;) {
    const y = ((degree - 1n) * x + n / x ** (degree - 1n)) / degree;
    if (y >= x) return x;
    x = y;
  }
}

function constants(): { readonly k: readonly bigint[]; readonly h: readonly bigint[] } {
  if (tables) return tables;
  const primes: bigint[] = [];
  for (let p = 2; primes.length < 80; p++) {
    if (primes.every((q) => BigInt(p) % q !== 0n)) primes.push(BigInt(p));
  }
  const k = primes.map((p) => iroot(p << 192n, 3n) & MASK);
  const h = primes.slice(0, 8).map((p) => iroot(p << 128n, 2n) & MASK);
  tables = { k, h };
  return tables;
}

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

export function sha512(message: Uint8Array): Uint8Array {
  const { k, h: h0 } = constants();
  const length = message.length;
  const padded = new Uint8Array(Math.ceil((length + 17) / 128) * 128);
  padded.set(message);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = BigInt(length) * 8n;
  view.setBigUint64(padded.length - 8, bits & MASK);
  view.setBigUint64(padded.length - 16, bits >> 64n);
  const h = [...h0];
  const w: bigint[] = new Array(80);
  for (let block = 0; block < padded.length; block += 128) {
    for (let t = 0; t < 16; t++) w[t] = view.getBigUint64(block + t * 8);
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15]!, 1n) ^ rotr(w[t - 15]!, 8n) ^ (w[t - 15]! >> 7n);
      const s1 = rotr(w[t - 2]!, 19n) ^ rotr(w[t - 2]!, 61n) ^ (w[t - 2]! >> 6n);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + k[t]! + w[t]!) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK;
      hh = g; g = f; f = e; e = (d + t1) & MASK; d = c; c = b; b = a; a = (t1 + t2) & MASK;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => { h[i] = (h[i]! + v) & MASK; });
  }
  const out = new Uint8Array(64);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setBigUint64(i * 8, v));
  return out;
}
