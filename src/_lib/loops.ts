// Loops in links of one step per item (a claim's `restates`, its `supersededBy`):
// each item walked once. Not exported from the package.

/** A loop: the item it was first met at, and its items in link order from there. @internal */
export interface Loop {
  readonly at: number;
  readonly round: readonly number[];
}

/**
 * The loops that the links `next` (the item an item links to, or -1 for none)
 * close among items `0 … count - 1`, each loop once, in the order of the item
 * whose walk found it. O(count): no item is walked twice. With `starts`, walks
 * begin only at those items (in that order): the items that link to another, when
 * few do. @internal
 */
export function loopsOf(count: number, next: (i: number) => number, starts?: readonly number[]): Loop[] {
  const state = new Uint8Array(count); // 0 not yet walked, 1 on the walk in progress, 2 walked
  const walk: number[] = []; // the items of the walk in progress: walk[0 … length)
  const loops: Loop[] = [];
  for (let s = 0; s < (starts?.length ?? count); s++) {
    const i = starts === undefined ? s : (starts[s] as number);
    if (state[i] !== 0) continue;
    let length = 0;
    let at = i;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      walk[length++] = at;
      at = next(at);
    }
    if (at >= 0 && state[at] === 1) loops.push({ at, round: walk.slice(walk.indexOf(at), length) });
    for (let k = 0; k < length; k++) state[walk[k] as number] = 2;
  }
  return loops;
}
