// Sums of estimates in one unit, kept exactly, as summaries hold them. Not exported from the package.

import { FogcountError } from "../errors.js";
import { magnitudeBounds } from "../estimate/magnitude.js";
import type { Estimate } from "../estimate/schema.js";
import { addExact, canonical, expansion, grow } from "./exact.js";

/**
 * The sum of the estimates in one unit, kept exactly: `low`, `high` and
 * `best` are exact sums, each written as numbers whose sum it is, largest
 * first (`[]` for 0; the first number is the sum rounded once), so that
 * merging in any order or grouping gives the same lists.
 */
export interface SummedEstimates {
  /** The unit: of a quantity, a currency (ISO 4217) or an index. */
  readonly unit: string;
  /** How many estimates are summed. */
  readonly entries: number;
  /** The exact sum of their low ends. */
  readonly low: readonly number[];
  /** The exact sum of the high ends of those with one. */
  readonly high: readonly number[];
  /** How many have no upper bound ("at least"): the sum has none either. */
  readonly unbounded: number;
  /** Whether a low end is excluded ("more than"). */
  readonly lowOpen: boolean;
  /** Whether a finite high end is excluded ("fewer than", an order of magnitude). */
  readonly highOpen: boolean;
  /** The exact sum of the best values of those with one. */
  readonly best: readonly number[];
  /** How many have no best value: the sum has one only when none lacks it. */
  readonly withoutBest: number;
  /** Whether any estimate is hedged. */
  readonly approx: boolean;
}

/** A sum being made. @internal */
export interface Accumulator {
  readonly unit: string;
  entries: number;
  readonly low: number[];
  readonly high: number[];
  unbounded: number;
  lowOpen: boolean;
  highOpen: boolean;
  readonly best: number[];
  withoutBest: number;
  approx: boolean;
}

/** An empty sum in `unit`. @internal */
export function accumulator(unit: string): Accumulator {
  return { unit, entries: 0, low: [], high: [], unbounded: 0, lowOpen: false, highOpen: false, best: [], withoutBest: 0, approx: false };
}

const magnitudes = /* @__PURE__ */ new Map<string, readonly [number, number]>();

/** Adds a checked estimate to a sum. @internal */
export function accumulate(acc: Accumulator, e: Estimate): void {
  acc.entries++;
  let low: number;
  let high: number;
  let best = e.best;
  switch (e.kind) {
    case "exact":
    case "approx":
      low = high = e.value;
      best = e.value;
      break;
    case "range":
      low = e.low;
      high = e.high;
      break;
    case "atLeast":
      low = e.value;
      high = Infinity;
      if (e.strict === true) acc.lowOpen = true;
      break;
    case "atMost":
      low = 0;
      high = e.value;
      if (e.strict === true) acc.highOpen = true;
      break;
    default: {
      let bounds = magnitudes.get(e.order);
      if (bounds === undefined) magnitudes.set(e.order, (bounds = magnitudeBounds(e.order)));
      [low, high] = bounds;
      acc.highOpen = true;
    }
  }
  addExact(acc.low, low);
  if (high === Infinity) acc.unbounded++;
  else addExact(acc.high, high);
  if (best === undefined) acc.withoutBest++;
  else addExact(acc.best, best);
  if (e.kind === "approx" || e.kind === "magnitude" || (e as { approx?: boolean }).approx === true) acc.approx = true;
}

/** A finished sum: frozen, its exact sums written canonically. @internal */
export function finish(acc: Accumulator): SummedEstimates {
  return Object.freeze({
    unit: acc.unit,
    entries: acc.entries,
    low: Object.freeze(canonical(acc.low)),
    high: Object.freeze(canonical(acc.high)),
    unbounded: acc.unbounded,
    lowOpen: acc.lowOpen,
    highOpen: acc.highOpen,
    best: Object.freeze(canonical(acc.best)),
    withoutBest: acc.withoutBest,
    approx: acc.approx,
  });
}

/** `a + b` for counts, refusing one past 2^53. @internal */
export function count(a: number, b: number): number {
  const n = a + b;
  if (!Number.isSafeInteger(n)) throw new FogcountError("overflow", `a count is past ${Number.MAX_SAFE_INTEGER}`, { x: a, y: b });
  return n;
}

function plus(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  if (a.length === 1 && b.length === 1) {
    // Two numbers whose sum is exact (whole numbers, mostly) are written as that sum alone.
    const [x, y] = [a[0] as number, b[0] as number];
    const hi = x + y;
    const yv = hi - x;
    if (x - (hi - yv) + (y - yv) === 0 && hi - hi === 0 && hi !== 0) return Object.freeze([hi]);
  }
  const p = expansion(a);
  for (let i = b.length - 1; i >= 0; i--) grow(p, b[i] as number);
  return Object.freeze(canonical(p));
}

/** The sum of two sums in one unit. @internal */
export function mergeSums(a: SummedEstimates, b: SummedEstimates): SummedEstimates {
  return Object.freeze({
    unit: a.unit,
    entries: count(a.entries, b.entries),
    low: plus(a.low, b.low),
    high: plus(a.high, b.high),
    unbounded: count(a.unbounded, b.unbounded),
    lowOpen: a.lowOpen || b.lowOpen,
    highOpen: a.highOpen || b.highOpen,
    best: plus(a.best, b.best),
    withoutBest: count(a.withoutBest, b.withoutBest),
    approx: a.approx || b.approx,
  });
}

/** Two lists of sums sorted by unit, merged: one sum a unit. @internal */
export function mergeSumLists(a: readonly SummedEstimates[], b: readonly SummedEstimates[]): readonly SummedEstimates[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: SummedEstimates[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.unit < y.unit)) (out.push(x as SummedEstimates), i++);
    else if (x === undefined || y.unit < x.unit) (out.push(y), j++);
    else (out.push(mergeSums(x, y)), i++, j++);
  }
  return Object.freeze(out);
}
