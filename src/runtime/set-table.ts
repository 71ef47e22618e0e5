/**
 * An emulation of CPython 3.11's set hash table (Objects/setobject.c): open addressing with
 * LINEAR_PROBES = 9 linear probes then perturbed probing (PERTURB_SHIFT = 5), dummy slots on delete,
 * growth when fill*5 >= mask*3 to the next power of two above used*4 (used*2 past 50000).
 *
 * WHY: CPython prints sets in table-slot order, which is deterministic for ints, floats, bools and
 * tuples of those (their hashes are not randomised); `print({3, 1, 2})` must show `{1, 2, 3}` and
 * `print({10, 5, 33})` `{33, 10, 5}`. Slot order, insertion, merge and pop follow the C code.
 * Not used directly by emitted code: see set.ts.
 */
import { eq } from "./compare.js";
import type { PyHash } from "./hash.js";

export const EMPTY: unique symbol = Symbol("empty");
export const DUMMY: unique symbol = Symbol("dummy");
const LINEAR_PROBES = 9;

function lo32(h: PyHash): number {
  return typeof h === "number" ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function hi32(h: PyHash): number {
  return typeof h === "number" ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

export class SetTable {
  keys: unknown[] = new Array(8).fill(EMPTY);
  hashes: PyHash[] = new Array(8).fill(0);
  mask = 7;
  fill = 0;
  used = 0;
  finger = 0;

  /** Slot of an equal key, or -1. */
  lookup(key: unknown, h: PyHash): number {
    const mask = this.mask;
    let i = lo32(h) & mask;
    let pLo = lo32(h);
    let pHi = hi32(h);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === EMPTY) return -1;
        if (this.hashes[j] === h && k !== DUMMY && (k === key || eq(k, key))) return j;
        j++;
      } while (probes-- > 0);
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** set_add_entry: returns false when an equal key was already present. */
  add(key: unknown, h: PyHash): boolean {
    const mask = this.mask;
    let i = lo32(h) & mask;
    let pLo = lo32(h);
    let pHi = hi32(h);
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === EMPTY) {
          if (freeslot >= 0) {
            this.used++;
            this.keys[freeslot] = key;
            this.hashes[freeslot] = h;
            return true;
          }
          this.fill++;
          this.used++;
          this.keys[j] = key;
          this.hashes[j] = h;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) {
          if (freeslot < 0) freeslot = j;
        } else if (this.hashes[j] === h && (k === key || eq(k, key))) return false;
        j++;
      } while (probes-- > 0);
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** set_insert_clean: the key is known to be absent and the table has no dummies. */
  insertClean(key: unknown, h: PyHash): void {
    const mask = this.mask;
    let i = lo32(h) & mask;
    let pLo = lo32(h);
    let pHi = hi32(h);
    for (;;) {
      if (this.keys[i] === EMPTY) {
        this.keys[i] = key;
        this.hashes[i] = h;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (this.keys[j] === EMPTY) {
            this.keys[j] = key;
            this.hashes[j] = h;
            return;
          }
        }
      }
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi >>>= 5;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  resize(minused: number): void {
    let size = 8;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array(size).fill(EMPTY);
    this.hashes = new Array(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== EMPTY && k !== DUMMY) this.insertClean(k, oldHashes[i]!);
    }
  }

  /** Marks an equal key's slot as a dummy; false when absent. */
  discard(key: unknown, h: PyHash): boolean {
    const j = this.lookup(key, h);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  /** set_merge from another table (set(s), s.copy(), s | t, s.update(t)). */
  merge(other: SetTable): void {
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k !== EMPTY && k !== DUMMY) this.insertClean(k, other.hashes[i]!);
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== EMPTY && k !== DUMMY) this.add(k, other.hashes[i]!);
    }
  }

  /** set_pop: the first live slot from the finger on. */
  pop(): unknown {
    let i = this.finger & this.mask;
    while (this.keys[i] === EMPTY || this.keys[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const key = this.keys[i];
    this.keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  clear(): void {
    this.keys = new Array(8).fill(EMPTY);
    this.hashes = new Array(8).fill(0);
    this.mask = 7;
    this.fill = 0;
    this.used = 0;
  }
}
