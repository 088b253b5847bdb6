import type { Interval } from "../estimate/interval.js";

interface End {
  readonly v: number;
  readonly open: boolean;
}

/** x × y on extended reals, with 0 × ±∞ = 0 (the limit an interval end approaches). */
function times(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : x * y;
}

function pickBest(a: Interval, b: Interval, op: (x: number, y: number) => number): { best?: number } {
  if (a.best === undefined || b.best === undefined) return {};
  const best = op(a.best, b.best);
  return Number.isFinite(best) ? { best } : {};
}

/** Interval sum: every x + y for x in a, y in b. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    low: a.low + b.low,
    high: a.high + b.high,
    lowOpen: a.lowOpen || b.lowOpen,
    highOpen: a.highOpen || b.highOpen,
    ...(a.best !== undefined && b.best !== undefined && { best: a.best + b.best }),
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

/** Interval product: the hull of the four end products; an end is open only if every way to reach it is. */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  const products: End[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const closedZero = (x.v === 0 && !x.open) || (y.v === 0 && !y.open);
      products.push({ v: times(x.v, y.v), open: !closedZero && (x.open || y.open) });
    }
  }
  const low = extreme(products, (p, q) => p < q);
  const high = extreme(products, (p, q) => p > q);
  return { low: low.v, high: high.v, lowOpen: low.open, highOpen: high.open, ...pickBest(a, b, (x, y) => x * y) };
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

/** 1 / a for an interval that does not contain zero. */
export function reciprocalInterval(a: Interval): Interval {
  const inv = (v: number): number => (v === 0 ? (a.low === 0 ? Infinity : -Infinity) : 1 / v);
  const low = inv(a.high);
  const high = inv(a.low);
  return {
    low,
    high,
    lowOpen: a.highOpen || !Number.isFinite(a.high) || a.high === 0,
    highOpen: a.lowOpen || !Number.isFinite(a.low) || a.low === 0,
    ...(a.best === undefined || a.best === 0 ? {} : { best: 1 / a.best }),
  };
}

/** Whether `x` lies in the interval. */
export function intervalHas(a: Interval, x: number): boolean {
  const aboveLow = a.lowOpen ? x > a.low : x >= a.low;
  const belowHigh = a.highOpen ? x < a.high : x <= a.high;
  return aboveLow && belowHigh;
}
