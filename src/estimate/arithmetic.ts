import { visible } from "../_lib/forms.js";
import { rethrow } from "../_lib/guard.js";
import { fail, isText, optionsOf, within } from "../_lib/assert.js";
import { DecimalSum, toDouble } from "../_lib/exact-decimal.js";
import { addIntervals, containsZero, divideIntervals, multiplyIntervals, negateInterval } from "../_lib/interval-math.js";
import { FogcountError } from "../errors.js";
import { stateInterval } from "./interval.js";
import type { Interval } from "./interval.js";
import { isHedged, newEnds, notAnEstimate, readEnds, readInterval, strayField } from "./read.js";
import type { Estimate } from "./schema.js";
import { divideUnits, multiplyUnits } from "./units.js";

/** @internal Throws `unit-mismatch` unless both units are the same; returns the unit. */
export function sameUnit(op: string, a: string, b: string): string {
  if (a !== b) {
    throw new FogcountError("unit-mismatch", `${op}: cannot combine ${visible(a)} with ${visible(b)}`, { left: a, right: b });
  }
  return a;
}

/** Reads two estimates given to `where` as `a` and `b`, checking both. @internal */
export function readPair(where: string, a: Estimate, b: Estimate, names = ["a", "b"]): [Interval, Interval] {
  return [readInterval(a, where, names[0]), readInterval(b, where, names[1])];
}

function combine(
  where: string,
  a: Estimate,
  b: Estimate,
  unit: (a: string, b: string) => string,
  op: (x: Interval, y: Interval) => Interval,
): Estimate {
  const [x, y] = readPair(where, a, b);
  return within(where, () => stateInterval(op(x, y), unit(a.unit, b.unit), isHedged(a) || isHedged(b)));
}

/**
 * The sum of two estimates: every value `a + b` can take.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `unit-mismatch` if the units differ; `overflow` for a sum past the largest finite number.
 * @example
 * add(range(10_000, 12_000, "person"), approx(3000, "person"));
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function add<U extends string>(
  a: Estimate & { unit: U },
  b: Estimate & { unit: NoInfer<U> },
): Estimate & { unit: U } {
  try {
    return combine("add", a, b, (x, y) => sameUnit("add", x, y), addIntervals) as Estimate & { unit: U };
  } catch (error) {
    rethrow("add", { a, b }, error);
  }
}

/**
 * The difference of two independent estimates: every value `a - b` can take.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `unit-mismatch` if the units differ; `unbounded-below` if `b` has no upper bound; `overflow` for a difference past the largest finite number.
 * @example
 * subtract(approx(4700, "person"), approx(600, "person"));
 * //=> { kind: "approx", value: 4100, unit: "person" }
 */
export function subtract<U extends string>(
  a: Estimate & { unit: U },
  b: Estimate & { unit: NoInfer<U> },
): Estimate & { unit: U } {
  try {
    return combine("subtract", a, b, (x, y) => sameUnit("subtract", x, y), (x, y) => addIntervals(x, negateInterval(y))) as Estimate & {
      unit: U;
    };
  } catch (error) {
    rethrow("subtract", { a, b }, error);
  }
}

/**
 * The product of two estimates. The unit is the product of the units: `"1"`
 * (dimensionless) leaves the other unit as it is, and a factor cancels one divisor
 * of the other unit, wherever it stands (`"person/day"` × `"day"` is `"person"`,
 * `"USD/person/day"` × `"person"` is `"USD/day"`); a product that cancels nothing is `"a*b"`.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `unbounded-below` if the product has no lower bound; `overflow` for a product past the largest finite number.
 * @example
 * multiply(approx(500, "person/day"), exact(30, "day"));
 * //=> { kind: "approx", value: 15000, unit: "person" }
 */
export function multiply(a: Estimate, b: Estimate): Estimate {
  try {
    return combine("multiply", a, b, multiplyUnits, multiplyIntervals);
  } catch (error) {
    rethrow("multiply", { a, b }, error);
  }
}

/**
 * The quotient of two independent estimates. The same unit divides to `"1"`;
 * `"1"` leaves the unit as it is; otherwise `"a/b"`, with a compound divisor in parentheses (`"a/(b/c)"`). To ask what share a part
 * is of a whole that contains it, use {@link ratio}, which is tighter.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `division-by-zero-interval` if `b` can be zero; `overflow` for a quotient past the largest finite number.
 * @example
 * divide(exact(15_000, "person"), exact(30, "day"));
 * //=> { kind: "exact", value: 500, unit: "person/day" }
 */
export function divide(a: Estimate, b: Estimate): Estimate {
  try {
    return combine("divide", a, b, divideUnits, (x, divisor) => {
      if (containsZero(divisor)) {
        throw new FogcountError(
          "division-by-zero-interval",
          `divide: the divisor [${divisor.low}, ${divisor.high}] (in ${visible(b.unit)}) can be zero`,
          { low: divisor.low, high: divisor.high },
        );
      }
      return divideIntervals(x, divisor);
    });
  } catch (error) {
    rethrow("divide", { a, b }, error);
  }
}

/**
 * An estimate multiplied by a plain number, keeping its unit.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate; `invalid-option` if `factor` is not a finite number; `unbounded-below` for a negative factor on an open-ended estimate; `overflow` for a product past the largest finite number.
 * @example
 * scale(range(10_000, 12_000, "person"), 0.5);
 * //=> { kind: "range", low: 5000, high: 6000, unit: "person" }
 */
export function scale<U extends string>(
  estimate: Estimate & { unit: U },
  factor: number,
): Estimate & { unit: U } {
  try {
    const interval = readInterval(estimate, "scale");
    if (!Number.isFinite(factor)) fail("scale", "factor", "must be a finite number", factor, "invalid-option");
    const f: Interval = { low: factor, high: factor, lowOpen: false, highOpen: false, best: factor };
    return within("scale", () => stateInterval(multiplyIntervals(interval, f), estimate.unit, isHedged(estimate))) as Estimate & { unit: U };
  } catch (error) {
    rethrow("scale", { estimate, factor }, error);
  }
}

/** Options for {@link sumEstimates}. */
export interface SumOptions {
  /** The unit of the sum; needed for an empty list, checked against every item otherwise. */
  readonly unit?: string;
}

/**
 * The sum of a list of estimates in one unit. An empty list sums to exact 0
 * in `options.unit`.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a list that is not an array of estimates (holes included), or an estimate with a field its kind does not have (`list[1].aprox`: a misspelt field is never dropped); `invalid-option` for options that are not an object or a `unit` that is not text; `unit-mismatch` if the units differ; `empty-sum` for an empty list without `unit`; `overflow` for a sum past the largest finite number.
 * @example
 * sumEstimates([range(10_000, 12_000, "person"), approx(3000, "person")]);
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function sumEstimates<U extends string>(
  list: readonly (Estimate & { unit: U })[],
  options?: SumOptions,
): Estimate & { unit: U } {
  try {
    const where = "sumEstimates";
    if (!Array.isArray(list)) fail(where, "list", "must be an array of estimates", list);
    const unit = optionsOf(where, options, "options", ["unit"]).unit;
    if (unit !== undefined && !isText(unit)) fail(where, "options.unit", "must be non-empty text", unit, "invalid-option");
    return within(where, () => sum(list, unit)) as Estimate & { unit: U };
  } catch (error) {
    rethrow("sumEstimates", { list, options }, error);
  }
}

/**
 * Whether `e` is an exact, approximate or range estimate that {@link readEnds} would read as
 * it is written: finite numbers in order, no best value off the point, no range best to check,
 * `strict` and `approx` left out or booleans. The sum reads such an estimate itself, without a
 * call.
 */
function isPlainFigure(e: Readonly<Record<string, unknown>>): boolean {
  const kind = e["kind"];
  const strict = e["strict"];
  const approx = e["approx"];
  if (!(strict === undefined || typeof strict === "boolean") || !(approx === undefined || typeof approx === "boolean")) return false;
  if (strayField(e, kind) !== undefined) return false;
  if (kind === "range") {
    const low = e["low"];
    const high = e["high"];
    return typeof low === "number" && typeof high === "number" && Number.isFinite(low) && Number.isFinite(high) && low <= high && e["best"] === undefined;
  }
  const value = e["value"];
  return (kind === "exact" || kind === "approx") && typeof value === "number" && Number.isFinite(value) && (e["best"] === undefined || e["best"] === value);
}

/**
 * {@link sumEstimates} once its options are checked: one pass, the ends, the
 * best value and the flags added up in locals, nothing allocated per item.
 * Figures in the sum's unit are added as they are (see {@link isPlainFigure}),
 * the rest read by {@link readEnds}. A sum of whole numbers that a double
 * holds at every step is exact as added; any other, and one whose doubles
 * pass the largest finite number on the way, is added up again exactly, by
 * {@link exactEnds}, so that only a sum past it whatever the order is `overflow`.
 */
function sum(list: readonly Estimate[], given: string | undefined): Estimate {
  const where = "sumEstimates";
  let unit = given;
  let low = 0;
  let high = 0;
  let best = 0;
  let hasBest = true;
  let lowOpen = false;
  let highOpen = false;
  let unbounded = false;
  let approximate = false;
  let whole = true; // every term a whole number
  let size = 0; // the sum of the terms' largest sizes, which bounds every partial sum
  const item = newEnds(); // filled in place for every item
  // An index loop, not for…of: a hole in a sparse array is an error, not a skipped item.
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as unknown as Readonly<Record<string, unknown>> | undefined;
    if (unit !== undefined && typeof e === "object" && e !== null && e["unit"] === unit && isPlainFigure(e)) {
      if (e["kind"] === "range") {
        const [l, h] = [e["low"], e["high"]] as [number, number];
        low += l;
        high += h;
        whole &&= Number.isInteger(l) && Number.isInteger(h);
        size += Math.max(-l, h);
        hasBest = false;
      } else {
        const v = e["value"] as number;
        low += v;
        high += v;
        best += v;
        whole &&= Number.isInteger(v);
        size += v < 0 ? -v : v;
      }
      approximate ||= e["kind"] === "approx" || e["approx"] === true;
    } else {
      if (!readEnds(e, item, unit)) notAnEstimate(where, `list[${i}]`, e);
      unit ??= item.unit;
      if (item.unit !== unit) {
        throw new FogcountError("unit-mismatch", `sumEstimates: list[${i}] is in ${visible(item.unit)}, not ${visible(unit)}`, { left: unit, right: item.unit });
      }
      low += item.low;
      // "at least" runs on to Infinity: kept apart from the finite ends
      if (item.high === Infinity) unbounded = true;
      else high += item.high;
      if (item.best === undefined) hasBest = false;
      else if (hasBest) best += item.best;
      const finiteHigh = item.high === Infinity ? item.low : item.high;
      whole &&= Number.isInteger(item.low) && Number.isInteger(finiteHigh) && Number.isInteger(item.best ?? 0);
      size += Math.max(-item.low, finiteHigh);
      lowOpen ||= item.lowOpen;
      highOpen ||= item.highOpen;
      approximate ||= item.hedged;
    }
  }
  if (unit === undefined) throw new FogcountError("empty-sum", "sumEstimates: an empty list needs options.unit");
  // size bounds every partial sum, so a double past the largest finite number on the way makes it no exact sum
  const exact = whole && size <= Number.MAX_SAFE_INTEGER;
  const ends = exact ? { low, high, best } : finiteEnds(exactEnds(list), hasBest, unbounded);
  const interval = { low: ends.low, high: unbounded ? Infinity : ends.high, lowOpen, highOpen, ...(hasBest && { best: ends.best }) };
  return stateInterval(interval, unit, approximate);
}

/**
 * `ends`, unless one that counts is past the largest finite number: `overflow`. The high end
 * does not count when the sum has none ("at least"), nor the best value when it has none.
 */
function finiteEnds(ends: { low: number; high: number; best: number }, hasBest: boolean, unbounded: boolean): { low: number; high: number; best: number } {
  for (const [name, v] of [["low end", ends.low], ["high end", unbounded ? 0 : ends.high], ["best value", hasBest ? ends.best : 0]] as const) {
    if (!Number.isFinite(v)) throw new FogcountError("overflow", `sumEstimates: the sum's ${name} is past the largest finite number, in any order of the terms`, { end: name });
  }
  return ends;
}

/**
 * The ends and best value of the sum of a checked list of estimates, added up exactly as the
 * decimals they were written as (0.1 + 0.2 − 0.3 is 0, and 2^53 + 1 − 2^53 is 1, whatever
 * the order): each end the double that writes the exact sum, or where none does, the one next
 * to it outside the interval (see `toDouble`). Only for sums that adding doubles would round.
 */
function exactEnds(list: readonly Estimate[]): { low: number; high: number; best: number } {
  const item = newEnds();
  const [low, high, best] = [new DecimalSum(), new DecimalSum(), new DecimalSum()];
  for (let i = 0; i < list.length; i++) {
    readEnds(list[i], item);
    low.add(item.low);
    if (item.high !== Infinity) high.add(item.high);
    if (item.best !== undefined) best.add(item.best);
  }
  return { low: toDouble(low.value, -1), high: toDouble(high.value, 1), best: toDouble(best.value, 0) };
}
