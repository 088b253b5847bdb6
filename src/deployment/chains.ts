// Values carried down chains of increments: a wave's value made from its own
// and from that of the wave it adds to, each made once, bases first, so that
// a chain of n increments costs n steps and not n². Not exported from the package.

import type { Wave } from "./check.js";

/**
 * For each of `waves`, `make(w, fromBase)`, where `fromBase` is the value of
 * the wave `w` adds to (undefined for a wave that adds to none). Each value
 * is made once, the base's before its increments', without recursion (a long
 * chain cannot overflow the stack). Every base of `waves` must be among them,
 * and the links must have no circle (`checkWaves` sees to both). @internal
 */
export function alongChains<T>(waves: readonly Wave[], byId: ReadonlyMap<string, Wave>, make: (w: Wave, fromBase: T | undefined) => T): Map<string, T> {
  const made = new Map<string, T>();
  const path: Wave[] = [];
  for (const w of waves) {
    // up to the first base already made, or to the wave the chain starts from; then back down
    for (let x: Wave | undefined = w; x !== undefined && !made.has(x.d.id); x = x.d.adds === undefined ? undefined : byId.get(x.d.adds)) path.push(x);
    for (let x = path.pop(); x !== undefined; x = path.pop()) made.set(x.d.id, make(x, x.d.adds === undefined ? undefined : made.get(x.d.adds)));
  }
  return made;
}
