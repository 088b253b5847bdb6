import type { Interval } from "../estimate/interval.js";
import { FogcountError } from "../errors.js";

interface End {
  readonly v: number;
  readonly open: boolean;
}

/** `r`, the result of `x op y`, unless finite `x` and `y` gave a result past the largest finite number: `overflow`. */
function finite(r: number, x: number, y: number, op: string): number {
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new FogcountError("overflow", `${x} ${op} ${y} is past the largest finite number`, { x, y });
  }
  return r;
}

/** x × y on extended reals, with 0 × ±∞ = 0 (the limit an interval end approaches). */
function times(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : finite(x * y, x, y, "×");
}

function pickBest(a: Interval, b: Interval, op: (x: number, y: number) => number): { best?: number } {
  return a.best === undefined || b.best === undefined ? {} : { best: op(a.best, b.best) };
}

/** x + y, or `overflow` for finite x and y whose sum is past the largest finite number. */
export const plus = (x: number, y: number): number => finite(x + y, x, y, "+");

/** Interval sum: every x + y for x in a, y in b. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    low: plus(a.low, b.low),
    high: plus(a.high, b.high),
    lowOpen: a.lowOpen || b.lowOpen,
    highOpen: a.highOpen || b.highOpen,
    ...pickBest(a, b, plus),
  };
}

/** Interval negation. */
export function negateInterval(a: Interval): Interval {
  return {
    low: -a.high,
    high: -a.low,
    lowOpen: a.highOpen,
    highOpen: a.lowOpen,
    ...(a.best === undefined ? {} : { best: -a.best }),
  };
}

function ends(a: Interval): [End, End] {
  return [
    { v: a.low, open: a.lowOpen },
    { v: a.high, open: a.highOpen },
  ];
}

/** The hull of `op` over the four corners of two intervals; an end is open only if every way to reach it is. */
function corners(a: Interval, b: Interval, op: (x: End, y: End) => number, best: { best?: number }): Interval {
  const values: End[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const v = op(x, y);
      if (Number.isNaN(v)) continue; // ∞/∞: the other corners bound it
      const closedZero = v === 0 && ((x.v === 0 && !x.open) || (y.v === 0 && !y.open));
      values.push({ v, open: !closedZero && (x.open || y.open) });
    }
  }
  const low = extreme(values, (p, q) => p < q);
  const high = extreme(values, (p, q) => p > q);
  return { low: low.v, high: high.v, lowOpen: low.open, highOpen: high.open, ...best };
}

/** Interval product. */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return corners(a, b, (x, y) => times(x.v, y.v), pickBest(a, b, times));
}

/**
 * Interval quotient, for a divisor that does not contain zero. Dividing by an
 * end that approaches zero runs to infinity with the sign it approaches from;
 * dividing by an unbounded end gives zero.
 */
export function divideIntervals(a: Interval, b: Interval): Interval {
  const sideOfZero = b.low === 0 ? 1 : -1; // b is (0, h] or [l, 0)
  const quotient = (x: End, y: End): number => {
    if (y.v === 0) return x.v === 0 ? 0 : Math.sign(x.v) * sideOfZero * Infinity;
    if (!Number.isFinite(y.v)) return Number.isFinite(x.v) ? 0 : NaN;
    return finite(x.v / y.v, x.v, y.v, "/");
  };
  return corners(a, b, quotient, pickBest(a, b, (x, y) => finite(x / y, x, y, "/")));
}

function extreme(ends: readonly End[], better: (p: number, q: number) => boolean): End {
  let best = ends[0] as End;
  for (const e of ends.slice(1)) {
    if (better(e.v, best.v) || (e.v === best.v && !e.open)) best = e;
  }
  return best;
}

/** Whether the interval contains zero. */
export function containsZero(a: Interval): boolean {
  const fromBelow = a.low < 0 || (a.low === 0 && !a.lowOpen);
  const toAbove = a.high > 0 || (a.high === 0 && !a.highOpen);
  return fromBelow && toAbove;
}

/** Whether `x` lies in the interval. */
export function intervalHas(a: Interval, x: number): boolean {
  const aboveLow = a.lowOpen ? x > a.low : x >= a.low;
  const belowHigh = a.highOpen ? x < a.high : x <= a.high;
  return aboveLow && belowHigh;
}
