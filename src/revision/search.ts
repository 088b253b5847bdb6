// Binary searches over a revision history's index. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import type { RevisionIndex } from "./history.js";
import { reportedFromOf, tieWinner } from "./order.js";

/** Which claims a search passes over: the restatements, or none. @internal */
export type Skip = readonly Claim[] | null;

const skipped = (skip: Skip, i: number): boolean => skip !== null && (skip[i] as Claim).restates !== undefined;

/** The number of entries of a sorted array in [lo, hi) that are ≤ x, plus lo. @internal */
export function upperBound(values: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last group at or before `g` with a claim known by `known`, or -1. O(log n) over the minimum tree. @internal */
export function latestKnownGroup(tree: readonly number[], g: number, known: number): number {
  const size = tree.length >>> 1;
  let node = size + g;
  if ((tree[node] as number) <= known) return g;
  for (;;) {
    if (node === 1) return -1;
    if ((node & 1) === 1 && (tree[node - 1] as number) <= known) {
      node -= 1;
      break;
    }
    node >>>= 1;
  }
  while (node < size) node = (tree[2 * node + 1] as number) <= known ? 2 * node + 1 : 2 * node;
  return node - size;
}

/** Per list of claims: for each place, the nearest place at or before it whose claim restates nothing, or -1. */
const ORIGINALS = new WeakMap<readonly Claim[], Int32Array>();

/** The place of the nearest claim at or before `i` that restates nothing, or -1: searches jump over the restatements between. */
function originalAtOrBefore(claims: readonly Claim[], i: number): number {
  let table = ORIGINALS.get(claims);
  if (table === undefined) {
    table = new Int32Array(claims.length);
    for (let k = 0; k < claims.length; k++) table[k] = (claims[k] as Claim).restates === undefined ? k : k > 0 ? (table[k - 1] as number) : -1;
    ORIGINALS.set(claims, table);
  }
  return i < 0 ? -1 : (table[i] as number);
}

/**
 * The index of the claim of group `g` believed at `known`, or -1; with `skip` (the history's claims), restatements are passed over
 * (jumped over at once, however many there are). Among believed claims whose order cannot be told (see `order.ts`), a
 * preferred one, else the lowest id. @internal
 */
export function believedIn(index: RevisionIndex, g: number, known: number, skip: Skip = null): number {
  const lo = index.groupStart[g] as number;
  for (let i = upperBound(index.knownFrom, known, lo, index.groupStart[g + 1] as number) - 1; i >= lo; i--) {
    // a run of restatements is jumped over at once: the loop's step lands on the original before it
    if (skip !== null && (skip[i] as Claim).restates !== undefined) i = originalAtOrBefore(skip, i) + 1;
    // a claim whose report may have come out after this one's is not superseded by it: a tie decides
    else if (isBelieved(index, known, skip, i)) return settled(index, lo, i, known, skip);
  }
  return -1;
}

/**
 * The claim in force of a group (from `lo`), given the last one believed (`i`): among it and the
 * believed claims whose order with it cannot be told (see `firstUnorderedBefore`), the one a tie gives.
 * Walked without a list or a closure: a history's chain settles every group.
 */
function settled(index: RevisionIndex, lo: number, i: number, known: number, skip: Skip): number {
  const from = reportedFromOf(index, i);
  if (from === undefined) return i;
  let best = i;
  for (let j = i - 1; j >= lo && (index.knownFrom[j] as number) >= from; j--) if (isBelieved(index, known, skip, j)) best = tieWinner(index, best, j);
  return best;
}

/** Whether claim `j` of a history is believed at `known`: not retired by then, and not a restatement passed over. */
function isBelieved(index: RevisionIndex, known: number, skip: Skip, j: number): boolean {
  const retired = index.retiredFrom[j];
  return (retired === null || retired === undefined || known < retired) && !skipped(skip, j);
}

/** The index of the claim in force for valid day `valid` as known at second `known`, or -1. @internal */
export function findInForce(index: RevisionIndex, valid: number, known: number, skip: Skip = null): number {
  let g = upperBound(index.groupDay, valid, 0, index.groupDay.length) - 1;
  while (g >= 0) {
    g = latestKnownGroup(index.tree, g, known);
    if (g < 0) return -1;
    const i = believedIn(index, g, known, skip);
    if (i >= 0) return i;
    g -= 1;
  }
  return -1;
}

/** The index of the claim believed at `known` for every group in valid-time order (groups with none are left out). @internal */
export function chainAt(index: RevisionIndex, known: number, skip: Skip = null): number[] {
  const out: number[] = [];
  for (let g = 0; g < index.groupDay.length; g++) {
    const i = believedIn(index, g, known, skip);
    if (i >= 0) out.push(i);
  }
  return out;
}
