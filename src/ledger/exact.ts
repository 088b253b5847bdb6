// Exact sums of floating-point numbers (Shewchuk's expansions, as Python's
// math.fsum keeps them), so that a total does not depend on the order or the
// grouping of its terms: summaries of shards merge to the very total of the
// whole. Not exported from the package.

import { nextTo } from "../_lib/exact-decimal.js";
import { FogcountError } from "../errors.js";

/**
 * Adds `x` to the expansion `p` in place, exactly: `p` holds numbers of
 * increasing magnitude that do not overlap, whose sum is the exact sum of
 * everything added. Throws `overflow` for a running sum past the largest
 * finite number. @internal
 */
export function grow(p: number[], x: number): void {
  let i = 0;
  for (let j = 0; j < p.length; j++) {
    const y = p[j] as number;
    const hi = x + y;
    const yv = hi - x;
    const lo = x - (hi - yv) + (y - yv);
    if (lo !== 0) p[i++] = lo;
    x = hi;
  }
  if (!Number.isFinite(x)) throw new FogcountError("overflow", `a sum is past the largest finite number (${Number.MAX_VALUE})`, { x });
  // Setting the length costs a call into the engine: only when parts fell away.
  if (i === p.length) p.push(x);
  else {
    p[i] = x;
    if (p.length !== i + 1) p.length = i + 1;
  }
}

/** {@link grow}, without the loop when the sum of a one-number expansion is exact (whole numbers, mostly). @internal */
export function addExact(p: number[], x: number): void {
  if (p.length === 1) {
    const y = p[0] as number;
    const hi = x + y;
    const yv = hi - x;
    if (x - (hi - yv) + (y - yv) === 0 && hi - hi === 0) {
      p[0] = hi;
      return;
    }
  }
  grow(p, x);
}

/** The exact sum of an expansion, rounded once to the nearest number (ties to even). @internal */
export function roundSum(p: readonly number[]): number {
  let n = p.length;
  if (n === 0) return 0;
  let hi = p[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = p[--n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Half-way cases: round to even across the partials below.
  const below = n > 0 ? (p[n - 1] as number) : 0;
  if ((lo < 0 && below < 0) || (lo > 0 && below > 0)) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/**
 * A rounded exact sum read as the decimal it stands for. The terms were
 * decimals in the data (a TIV of 0.1, a price of 2.6), each held as the
 * nearest binary number, off by at most 2^-53 of itself; so their exact
 * binary sum is off the decimal sum by at most 2^-53 × `weight` (the sum of
 * the terms' sizes), and the rounding of the sum adds as much again. Returns
 * the shortest decimal of at most 15 significant digits (what a double holds
 * of any decimal) within twice that of `sum`, so that 0.1 + 0.2 − 0.3 is 0,
 * not 5.6e-17, and 0.1 + 0.2 is 0.3. A whole-number sum, and a sum with no
 * such decimal that near (terms of 16 or 17 significant digits, as
 * 0.12345678901234568), are returned as they are: their terms were not short
 * decimals, and a shorter one would be another number. @internal
 */
export function decimalOf(sum: number, weight: number): number {
  const slack = 2 * Number.EPSILON * weight;
  if (slack === 0 || !Number.isFinite(sum) || !Number.isFinite(slack) || Number.isInteger(sum)) return sum;
  if (Math.abs(sum) <= slack) return 0;
  for (let digits = 1; digits <= 15; digits++) {
    const d = Number(sum.toPrecision(digits));
    if (Math.abs(d - sum) <= slack) return d;
  }
  return sum;
}

/** The exact sum of a canonical list (largest first) of terms from 0 up, as the decimal it stands for. @internal */
export function decimalSum(list: readonly number[]): number {
  const sum = roundSum(expansion(list));
  return decimalOf(sum, Math.abs(sum));
}

/**
 * One end of an interval holding the exact sum of a canonical list (largest first): `way` -1
 * for the low end, 1 for the high. Past 2^53 a whole-number sum may fall between two doubles
 * (9,007,199,254,740,992 + 1): then the end is the double on that side of it, so that the
 * interval holds the sum rather than a neighbour of it. Otherwise {@link decimalSum}. @internal
 */
export function sumEnd(list: readonly number[], way: 1 | -1): number {
  const [first, rest] = [list[0], list[1]];
  if (first === undefined || rest === undefined || Math.abs(first) <= Number.MAX_SAFE_INTEGER || Math.sign(rest) !== way) return decimalSum(list);
  return nextTo(first, way);
}

/**
 * The one way to write an exact sum: the rounded sum, then the rounded sum of
 * what is left, and so on, largest first; `[]` for zero. Two expansions with
 * the same exact sum write the same list. Consumes `p`. @internal
 */
export function canonical(p: number[]): number[] {
  const out: number[] = [];
  for (let c = roundSum(p); c !== 0; c = roundSum(p)) {
    out.push(c);
    grow(p, -c);
  }
  return out;
}

/** An expansion to add to, from a canonical list (largest first). @internal */
export function expansion(list: readonly number[]): number[] {
  return [...list].reverse();
}

/**
 * The sign of `a − b`, exactly, for two canonical lists (largest first)
 * whose difference is finite, as it is for sums from 0: −1, 0 or 1. @internal
 */
export function compareSums(a: readonly number[], b: readonly number[]): number {
  const p: number[] = [];
  for (let i = a.length - 1; i >= 0; i--) grow(p, a[i] as number);
  for (let i = b.length - 1; i >= 0; i--) grow(p, -(b[i] as number));
  return Math.sign(roundSum(p));
}

/** Whether `list` is a canonical exact sum: finite numbers, written as {@link canonical} writes their sum. @internal */
export function isCanonical(list: unknown): list is readonly number[] {
  if (!Array.isArray(list) || list.length > 64 || !Array.from(list).every((x) => typeof x === "number" && Number.isFinite(x) && x !== 0)) return false;
  try {
    const p: number[] = [];
    for (const x of list as number[]) grow(p, x);
    const again = canonical(p);
    return again.length === list.length && again.every((x, i) => x === list[i]);
  } catch {
    return false;
  }
}
