import type { Interval } from "../estimate/interval.js";
import { FogcountError } from "../errors.js";
import { DecimalSum, nextTo, product, quotient, quotientSide, toDouble } from "./exact-decimal.js";

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

/**
 * An interval end `v`, a quotient past 2^53, rounded away from the interval (`way` −1 for a low
 * end, 1 for a high one) when the exact quotient lies beyond it by `err` (NaN: unknown).
 */
function outward(v: number, err: number, way: 1 | -1): number {
  return Number.isFinite(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER && !(err * way <= 0) ? nextTo(v, way) : v;
}

/** Whether `x` and `y` are whole numbers whose sum or product, up to `size`, a double holds exactly. */
const wholeWithin = (x: number, y: number, size: number): boolean => Number.isInteger(x) && Number.isInteger(y) && size <= Number.MAX_SAFE_INTEGER;

/**
 * One end of a sum: x + y as the decimals they were written as add up (0.1 + 0.2 is 0.3), and
 * where no double writes that sum (9,007,199,254,740,992 + 1), the double next to it on the side
 * of `way` (−1 for a low end, 1 for a high one, 0 for a best value: the nearest); `overflow`
 * past the largest finite number. @internal
 */
export function addEnd(x: number, y: number, way: -1 | 0 | 1): number {
  const s = plus(x, y);
  if (!Number.isFinite(s) || wholeWithin(x, y, Math.abs(x) + Math.abs(y))) return s;
  const sum = new DecimalSum();
  sum.add(x);
  sum.add(y);
  return toDouble(sum.value, way);
}

/** One end of a product, as {@link addEnd} gives one of a sum: 0.1 × 3 is 0.3, and 1e-300 × 1e-300 no exact 0. */
function productEnd(x: number, y: number, way: -1 | 0 | 1): number {
  const v = times(x, y);
  if (!Number.isFinite(v) || x === 0 || y === 0 || wholeWithin(x, y, Math.abs(v))) return v;
  return toDouble(product(x, y), way);
}

/** Interval sum: every x + y for x in a, y in b. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    low: addEnd(a.low, b.low, -1),
    high: addEnd(a.high, b.high, 1),
    lowOpen: a.lowOpen || b.lowOpen,
    highOpen: a.highOpen || b.highOpen,
    ...pickBest(a, b, (x, y) => addEnd(x, y, 0)),
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

/** A corner of an interval operation: the ends it is of, and its value as a double gives it. */
interface Corner extends End {
  readonly x: number;
  readonly y: number;
}

/** One end of an operation: `x` op `y`, its double `v`, rounded toward `way` where the double is not the exact result. */
type EndOf = (x: number, y: number, v: number, way: 1 | -1) => number;

/** The hull of `op` over the four corners of two intervals; an end is open only if every way to reach it is. */
function corners(a: Interval, b: Interval, op: (x: number, y: number) => number, endOf: EndOf, best: { best?: number }): Interval {
  const values: Corner[] = [];
  for (const x of ends(a)) {
    for (const y of ends(b)) {
      const v = op(x.v, y.v);
      if (Number.isNaN(v)) continue; // ∞/∞: the other corners bound it
      const closedZero = v === 0 && ((x.v === 0 && !x.open) || (y.v === 0 && !y.open));
      values.push({ v, open: !closedZero && (x.open || y.open), x: x.v, y: y.v });
    }
  }
  const [low, high] = [extreme(values, -1, endOf), extreme(values, 1, endOf)];
  return { low: low.v, high: high.v, lowOpen: low.open, highOpen: high.open, ...best };
}

/**
 * The lowest (`way` −1) or highest corner, rounded out by `endOf`; of corners of one value, the
 * furthest out once rounded, and open only if all of them are.
 */
function extreme(corners: readonly Corner[], way: 1 | -1, endOf: EndOf): End {
  let v = (corners[0] as Corner).v;
  for (const c of corners) if ((c.v - v) * way > 0) v = c.v;
  let end: number | undefined;
  let open = true;
  for (const c of corners) {
    if (c.v !== v) continue;
    const rounded = endOf(c.x, c.y, c.v, way);
    if (end === undefined || (rounded - end) * way > 0) end = rounded;
    open &&= c.open;
  }
  return { v: end as number, open };
}

/**
 * One end of a quotient `v` of finite `x` and `y`: where the quotient of the decimals is a
 * decimal (0.3 / 0.1 is 3), the double that writes it or the one next to it on the side of
 * `way`; otherwise the double division gives, rounded out past 2^53 or off an underflow to 0.
 */
function quotientEnd(x: number, y: number, v: number, way: 1 | -1): number {
  if (Number.isInteger(x) && Number.isInteger(y) && Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v;
  const exact = quotient(x, y);
  if (exact !== undefined) return toDouble(exact, way);
  if (v === 0 && x !== 0) return Math.sign(x) * Math.sign(y) === way ? nextTo(0, way) : 0;
  return outward(v, quotientSide(x, y, v), way);
}

/** One end of the quotient x ÷ y (finite, y not 0), as {@link divideIntervals} gives one: `way` −1 low, 1 high, 0 a best value. @internal */
export function divideEnd(x: number, y: number, way: -1 | 0 | 1): number {
  const v = finite(x / y, x, y, "/");
  if (way !== 0) return quotientEnd(x, y, v, way);
  const exact = Number.isFinite(v) && !Number.isInteger(v) ? quotient(x, y) : undefined;
  return exact === undefined ? v : toDouble(exact, 0);
}

/** Interval product: a product of figures written with decimals is theirs (0.1 × 3 is 0.3). */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return corners(a, b, times, (x, y, _v, way) => productEnd(x, y, way), pickBest(a, b, (x, y) => productEnd(x, y, 0)));
}

/**
 * Interval quotient, for a divisor that does not contain zero. Dividing by an
 * end that approaches zero runs to infinity with the sign it approaches from;
 * dividing by an unbounded end gives zero. Each end is that of {@link quotientEnd}:
 * the decimal quotient where there is one (0.3 / 0.1 is 3), else the double
 * division gives, rounded out past 2^53 or off an underflow to 0.
 */
export function divideIntervals(a: Interval, b: Interval): Interval {
  const sideOfZero = b.low === 0 ? 1 : -1; // b is (0, h] or [l, 0)
  const divided = (x: number, y: number): number => {
    if (y === 0) return x === 0 ? 0 : Math.sign(x) * sideOfZero * Infinity;
    if (!Number.isFinite(y)) return Number.isFinite(x) ? 0 : NaN;
    return finite(x / y, x, y, "/");
  };
  const endOf: EndOf = (x, y, v, way) => (Number.isFinite(v) && Number.isFinite(x) && Number.isFinite(y) && y !== 0 ? quotientEnd(x, y, v, way) : v);
  // a best value: the double nearest the decimal quotient, where there is one
  const bestOf = (x: number, y: number): number => (Number.isFinite(x) && Number.isFinite(y) && y !== 0 ? divideEnd(x, y, 0) : finite(x / y, x, y, "/"));
  return corners(a, b, divided, endOf, pickBest(a, b, bestOf));
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
