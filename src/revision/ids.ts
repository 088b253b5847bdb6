// The places of claims by their ids, for a list read once: an open-addressing
// table in one typed array, sized for the list when it is made, so that a
// million ids make no object each and the table is never copied as it grows.
// A `Map` of a million strings spent a third of a history's time in `set` and
// left its old tables to the collector. Not exported from the package.

/** How many slots a search may visit before the table gives way to a `Map` (ids made to share hashes). */
const MAX_PROBES = 64;

/** FNV-1a over the UTF-16 code units of `text`, from `seed`, with MurmurHash3's final mix. @internal */
export function hashOf(text: string, seed: number): number {
  let h = seed;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Claim places (0, 1, 2 …) by id, for up to the number of claims it was made
 * for (more make it grow). Each slot holds a hash and a place + 1 (0: empty);
 * the id of a place is kept by place. A search that visits more than
 * {@link MAX_PROBES} slots (ids chosen to share hashes under a seed drawn for
 * each table) moves every id to a `Map`, whose hashes the engine seeds. @internal
 */
export class ClaimIds {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /** The id of each place added, made at the size of the list (grown by writes past it). */
  private readonly keys: string[];
  private readonly seed = (Math.random() * 0x100000000) | 0;
  /** The ids, once a search went on too long. */
  private map: Map<string, number> | undefined;

  constructor(length: number) {
    let size = 16;
    while (size < 2 * length) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    // made at its size: grown write by write, a million ids left two copies of it to the collector
    this.keys = new Array<string>(length);
  }

  /** The place of `id`, or undefined. */
  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id);
    const h = hashOf(id, this.seed);
    const { slots, mask, keys } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const place = slots[2 * s + 1] as number;
      if (place === 0) return undefined;
      if (slots[2 * s] === h && keys[place - 1] === id) return place - 1;
    }
  }

  /** Whether some place has `id`. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Gives `id` the place `place` (the last one given wins); returns the place it had before, or -1. */
  add(id: string, place: number): number {
    this.keys[place] = id;
    if (this.map !== undefined) {
      const before = this.map.get(id);
      this.map.set(id, place);
      return before ?? -1;
    }
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const h = hashOf(id, this.seed);
    const { slots, mask, keys } = this;
    for (let s = h & mask, probes = 0; ; s = (s + 1) & mask, probes++) {
      const at = slots[2 * s + 1] as number;
      if (at === 0) {
        if (probes > MAX_PROBES) return this.spill(id, place);
        slots[2 * s] = h;
        slots[2 * s + 1] = place + 1;
        this.count++;
        return -1;
      }
      if (slots[2 * s] === h && keys[at - 1] === id) {
        slots[2 * s + 1] = place + 1;
        return at - 1;
      }
    }
  }

  /** Moves every id to a `Map`, then adds `id` at `place` (new to the table). */
  private spill(id: string, place: number): number {
    const map = new Map<string, number>();
    for (let s = 0; s <= this.mask; s++) {
      const at = this.slots[2 * s + 1] as number;
      if (at !== 0) map.set(this.keys[at - 1] as string, at - 1);
    }
    map.set(id, place);
    this.map = map;
    this.slots = new Int32Array(0);
    return -1;
  }

  /** Doubles the table, the ids placed again by their hashes. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = 2 * this.mask + 1;
    for (let s = 0; s < old.length; s += 2) {
      const at = old[s + 1] as number;
      if (at === 0) continue;
      let t = (old[s] as number) & this.mask;
      while ((this.slots[2 * t + 1] as number) !== 0) t = (t + 1) & this.mask;
      this.slots[2 * t] = old[s] as number;
      this.slots[2 * t + 1] = at;
    }
  }
}
