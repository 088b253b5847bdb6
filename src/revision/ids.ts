// The places of a list's claims by their ids, for a list of up to millions of claims: an
// open-addressing table over a typed array, sized for the list once, instead of a Map that
// grows and rehashes as it fills (three times faster for a million ids). Ids are hashed with a
// seed drawn for each table, so that no list can be written to collide; a table whose probes
// run long all the same moves its ids to a Map. Not exported from the package.

/** How many slots past its own a look-up tries before the table gives way to a Map. */
const LONGEST_PROBE = 64;

/** FNV-1a's prime: the multiplier of each step of the hash. */
const PRIME = 0x01000193;

/** The places of claims by id: `set` keeps the last place given for an id, as a `Map` does. @internal */
export class IdPlaces {
  /** Per place: the id put there. */
  private readonly ids: (string | undefined)[];
  /** Per slot: a place plus one, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly seed = (Math.random() * 2 ** 32) >>> 0;
  /** The ids once a probe ran long. */
  private map: Map<string, number> | undefined;
  /** How many distinct ids the table holds. */
  size = 0;

  /** Room for the ids of `length` claims. */
  constructor(length: number) {
    let capacity = 8;
    while (capacity < 2 * length) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.ids = new Array<string | undefined>(length);
  }

  /** The slot of `id`: the one holding it, or the empty one where it would go; -1 after too long a probe. */
  private slotOf(id: string): number {
    let h = this.seed;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), PRIME);
    let s = (h ^ (h >>> 15)) & this.mask;
    for (let probe = 0; probe < LONGEST_PROBE; probe++) {
      const at = this.slots[s] as number;
      if (at === 0 || this.ids[at - 1] === id) return s;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** Moves the ids held to a Map, which every call uses from then on. */
  private toMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (const at of this.slots) if (at !== 0) map.set(this.ids[at - 1] as string, at - 1);
    this.map = map;
    return map;
  }

  /** Puts `id` at place `place` (0 ≤ place < length, each place given once), its last place if it was given before. */
  set(id: string, place: number): this {
    const s = this.map === undefined ? this.slotOf(id) : -1;
    if (s < 0) {
      const map = this.map ?? this.toMap();
      map.set(id, place);
      this.size = map.size;
      return this;
    }
    if (this.slots[s] === 0) this.size++;
    this.slots[s] = place + 1;
    this.ids[place] = id;
    return this;
  }

  /** The last place given for `id`, or undefined. */
  get(id: string): number | undefined {
    if (this.map !== undefined) return this.map.get(id);
    const s = this.slotOf(id);
    const at = s < 0 ? 0 : (this.slots[s] as number);
    return at === 0 ? (s < 0 ? this.toMap().get(id) : undefined) : at - 1;
  }

  /** Whether `id` was given. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
