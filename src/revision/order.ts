// Reports of one valid day whose order cannot be told. Under knownFrom "end"
// a report dated to a day is known from the end of that day, one with a time
// of day from that time; when one falls within the other's day (or a day
// report within a month report), which came out later is unknown, and the
// clock alone must not decide. Not exported from the package.

import type { RevisionIndex } from "./history.js";

/** Per claim of an index: the first second its report may have come out, and its rank in a tie (higher wins). */
interface Order {
  readonly reportedFrom: readonly number[];
  readonly rank: readonly number[];
}

const orders = /* @__PURE__ */ new WeakMap<RevisionIndex, Order>();

/** Remembers, for an index `build` made, when each report may have come out and how ties rank. @internal */
export function setOrder(index: RevisionIndex, reportedFrom: readonly number[], rank: readonly number[]): void {
  orders.set(index, { reportedFrom, rank });
}

/**
 * The claims before `i` in its group (from `lo`) that may have come out after
 * it: their report time ends on or after the first second `i`'s report may
 * have come out. Each with `i` is a pair whose order cannot be told. @internal
 */
export function unorderedBefore(index: RevisionIndex, lo: number, i: number): number[] {
  const order = orders.get(index);
  if (order === undefined) return [];
  const from = order.reportedFrom[i] as number;
  const out: number[] = [];
  for (let j = i - 1; j >= lo && (index.knownFrom[j] as number) >= from; j--) out.push(j);
  return out;
}

/** Of two claims whose order cannot be told, the one a tie gives: a preferred one, else the lowest id. @internal */
export function tieWinner(index: RevisionIndex, a: number, b: number): number {
  const rank = orders.get(index)?.rank;
  if (rank === undefined) return Math.max(a, b);
  return (rank[a] as number) > (rank[b] as number) ? a : b;
}

/**
 * The claim in force of a group, given the last one believed (`i`): among it
 * and the believed claims whose order with it cannot be told, the one a tie
 * gives. @internal
 */
export function settle(index: RevisionIndex, lo: number, i: number, believed: (j: number) => boolean): number {
  let best = i;
  for (const j of unorderedBefore(index, lo, i)) if (believed(j)) best = tieWinner(index, best, j);
  return best;
}
