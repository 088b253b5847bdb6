import type { Interval } from "../estimate/interval.js";
import { FogcountError } from "../errors.js";
import { places, toPlaces } from "./decimal.js";

interface End {
  readonly v: number;
  readonly open: boolean;
}

/** A corner of an interval operation: its rounded value, and the sign of what rounding took off it. */
interface Corner extends End {
  readonly err: number;
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

/** The number next to `x` (finite, not 0) on the side of `way`: its neighbour among doubles. @internal */
export function nextTo(x: number, way: 1 | -1): number {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = (bits[0] as bigint) + ((x > 0) === (way > 0) ? 1n : -1n);
  return f[0] as number;
}

/** (x + y) − `s` for `s` the rounded x + y, exactly (Knuth's TwoSum). */
function sumError(x: number, y: number, s: number): number {
  const v = s - x;
  return x - (s - v) + (y - v);
}

const SPLIT = 134217729; // 2^27 + 1

/** x × y − `p` for `p` the rounded x × y, exactly (Dekker's product); NaN where the split overflows. */
function productError(x: number, y: number, p: number): number {
  let c = SPLIT * x;
  const xh = c - (c - x);
  const xl = x - xh;
  c = SPLIT * y;
  const yh = c - (c - y);
  const yl = y - yh;
  return xh * yh - p + xh * yl + xl * yh + xl * yl;
}

/**
 * An interval end `v` rounded away from the interval (`way` −1 for a low end, 1 for a high one)
 * when it is past 2^53, where doubles skip whole numbers, and the exact result lies beyond it
 * by `err` (NaN: unknown). 9,007,199,254,740,992 + 1 lies between two doubles; the interval
 * holds it, rather than a neighbour of it marked exact. Below 2^53 rounding only touches
 * decimals, which the library reads as the decimals they were written as.
 */
function outward(v: number, err: number, way: 1 | -1): number {
  return Number.isFinite(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER && !(err * way <= 0) ? nextTo(v, way) : v;
}

/** x + y rounded toward `way` past 2^53 (see {@link outward}), or `overflow`. @internal */
export function plusToward(x: number, y: number, way: 1 | -1): number {
  const s = plus(x, y);
  return outward(s, sumError(x, y, s), way);
}

/** Per end of an interval: the low end, the high end and the best value. */
export interface PerEnd {
  readonly low: number;
  readonly high: number;
  readonly best: number;
}

/**
 * The interval `i`, the computed result of figures written with decimals, with each end and its
 * best rounded to the decimal places its exact result has, when the error bound allows (see
 * {@link toPlaces}): 0.1 + 0.2 is 0.3, not 0.30000000000000004. @internal
 */
export function decimalEnds(i: Interval, p: PerEnd, error: PerEnd): Interval {
  const low = toPlaces(i.low, p.low, error.low);
  const high = toPlaces(i.high, p.high, error.high);
  if (!(low <= high)) return i;
  return { ...i, low, high, ...(i.best !== undefined && { best: toPlaces(i.best, p.best, error.best) }) };
}

const size = (x: number | undefined): number => (x === undefined ? 0 : Math.abs(x));
const placesOf = (x: number | undefined): number => (x === undefined ? 0 : places(x));

/** Interval sum: every x + y for x in a, y in b. */
export function addIntervals(a: Interval, b: Interval): Interval {
  const sum = {
    low: plusToward(a.low, b.low, -1),
    high: plusToward(a.high, b.high, 1),
    lowOpen: a.lowOpen || b.lowOpen,
    highOpen: a.highOpen || b.highOpen,
    ...pickBest(a, b, plus),
  };
  // the terms, held as the nearest doubles, and the sum are each off by half a unit in the last place
  const error = (x: number | undefined, y: number | undefined): number => 2 * Number.EPSILON * (size(x) + size(y));
  const p = (x: number | undefined, y: number | undefined): number => Math.max(placesOf(x), placesOf(y));
  return decimalEnds(sum, { low: p(a.low, b.low), high: p(a.high, b.high), best: p(a.best, b.best) }, { low: error(a.low, b.low), high: error(a.high, b.high), best: error(a.best, b.best) });
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

type CornerOp = (x: number, y: number) => { v: number; err: number };

/** The hull of `op` over the four corners of two intervals; an end is open only if every way to reach it is. */
function corners(a: Interval, b: Interval, op: CornerOp, best: { best?: number }): Interval {
  const values: Corner[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const { v, err } = op(x.v, y.v);
      if (Number.isNaN(v)) continue; // ∞/∞: the other corners bound it
      const closedZero = v === 0 && ((x.v === 0 && !x.open) || (y.v === 0 && !y.open));
      values.push({ v, open: !closedZero && (x.open || y.open), err });
    }
  }
  const low = extreme(values, -1);
  const high = extreme(values, 1);
  return { low: outward(low.v, low.err, -1), high: outward(high.v, high.err, 1), lowOpen: low.open, highOpen: high.open, ...best };
}

/**
 * x × y, with what rounding took off it; for figures written with decimals, rounded to the
 * places of both (0.1 × 3 is 0.3), as the factors and the product are each off by half a unit
 * in the last place.
 */
function product(x: number, y: number): { v: number; err: number } {
  const v = times(x, y);
  if (Math.abs(v) > Number.MAX_SAFE_INTEGER) return { v, err: productError(x, y, v) };
  return { v: toPlaces(v, places(x) + places(y), 2 * Number.EPSILON * Math.abs(v)), err: 0 };
}

/** {@link times} of two best values, rounded as {@link product} rounds. */
const bestProduct = (x: number, y: number): number => product(x, y).v;

/** Interval product. */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return corners(a, b, product, pickBest(a, b, bestProduct));
}

/**
 * Interval quotient, for a divisor that does not contain zero. Dividing by an
 * end that approaches zero runs to infinity with the sign it approaches from;
 * dividing by an unbounded end gives zero.
 */
export function divideIntervals(a: Interval, b: Interval): Interval {
  const sideOfZero = b.low === 0 ? 1 : -1; // b is (0, h] or [l, 0)
  const quotient = (x: number, y: number): { v: number; err: number } => {
    if (y === 0) return { v: x === 0 ? 0 : Math.sign(x) * sideOfZero * Infinity, err: 0 };
    if (!Number.isFinite(y)) return { v: Number.isFinite(x) ? 0 : NaN, err: 0 };
    const v = finite(x / y, x, y, "/");
    if (!(Math.abs(v) > Number.MAX_SAFE_INTEGER) || !Number.isFinite(v)) return { v, err: 0 };
    // x − v × y, exactly: the exact quotient lies on its side of v (for y > 0)
    const p = v * y;
    return { v, err: (x - p - productError(v, y, p)) * Math.sign(y) };
  };
  return corners(a, b, quotient, pickBest(a, b, (x, y) => finite(x / y, x, y, "/")));
}

/**
 * The lowest (`way` −1) or highest corner; of equal ones a closed one, and the one whose exact
 * value lies furthest out, so that the end is rounded out for it.
 */
function extreme(ends: readonly Corner[], way: 1 | -1): Corner {
  let best = ends[0] as Corner;
  for (const e of ends.slice(1)) {
    if ((e.v - best.v) * way > 0) best = e;
    else if (e.v === best.v) best = { v: e.v, open: best.open && e.open, err: (e.err - best.err) * way > 0 || Number.isNaN(e.err) ? e.err : best.err };
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
