import {
  addIntervals,
  containsZero,
  divideIntervals,
  multiplyIntervals,
  negateInterval,
} from "../_lib/interval-math.js";
import { FogcountError } from "../errors.js";
import { isApproximate, readInterval, stateInterval } from "./interval.js";
import type { Interval } from "./interval.js";
import type { Estimate } from "./schema.js";

/** @internal Throws `unit-mismatch` unless both estimates have the same unit. */
export function assertSameUnit(op: string, a: Estimate, b: Estimate): void {
  if (a.unit !== b.unit) {
    throw new FogcountError("unit-mismatch", `${op}: cannot combine "${a.unit}" with "${b.unit}"`, {
      left: a.unit,
      right: b.unit,
    });
  }
}

function combine(
  a: Estimate,
  b: Estimate,
  unit: string,
  op: (x: Interval, y: Interval) => Interval,
): Estimate {
  const result = op(readInterval(a), readInterval(b));
  return stateInterval(result, unit, isApproximate(a) || isApproximate(b));
}

/**
 * The sum of two estimates: every value `a + b` can take.
 *
 * @category Arithmetic
 * @throws {FogcountError} `unit-mismatch` if the units differ.
 * @example
 * add(range(10_000, 12_000, "person"), approx(3000, "person"));
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function add<U extends string>(
  a: Estimate & { unit: U },
  b: Estimate & { unit: NoInfer<U> },
): Estimate & { unit: U } {
  assertSameUnit("add", a, b);
  return combine(a, b, a.unit, addIntervals) as Estimate & { unit: U };
}

/**
 * The difference of two independent estimates: every value `a - b` can take.
 *
 * @category Arithmetic
 * @throws {FogcountError} `unit-mismatch` if the units differ; `unbounded-below` if `b` has no upper bound.
 * @example
 * subtract(approx(4700, "person"), approx(600, "person"));
 * //=> { kind: "approx", value: 4100, unit: "person" }
 */
export function subtract<U extends string>(
  a: Estimate & { unit: U },
  b: Estimate & { unit: NoInfer<U> },
): Estimate & { unit: U } {
  assertSameUnit("subtract", a, b);
  return combine(a, b, a.unit, (x, y) => addIntervals(x, negateInterval(y))) as Estimate & { unit: U };
}

/**
 * The product of two estimates. The unit is the product of the units: `"1"`
 * (dimensionless) leaves the other unit as it is, and a rate times its
 * denominator cancels (`"person/day"` × `"day"` is `"person"`); otherwise `"a*b"`.
 *
 * @category Arithmetic
 * @throws {FogcountError} `unbounded-below` if the product has no lower bound.
 * @example
 * multiply(approx(500, "person/day"), exact(30, "day"));
 * //=> { kind: "approx", value: 15000, unit: "person" }
 */
export function multiply(a: Estimate, b: Estimate): Estimate {
  return combine(a, b, multiplyUnits(a.unit, b.unit), multiplyIntervals);
}

/**
 * The quotient of two independent estimates. The same unit divides to `"1"`;
 * `"1"` leaves the unit as it is; otherwise `"a/b"`. To ask what share a part
 * is of a whole that contains it, use {@link ratio}, which is tighter.
 *
 * @category Arithmetic
 * @throws {FogcountError} `division-by-zero-interval` if `b` can be zero.
 * @example
 * divide(exact(15_000, "person"), exact(30, "day"));
 * //=> { kind: "exact", value: 500, unit: "person/day" }
 */
export function divide(a: Estimate, b: Estimate): Estimate {
  const divisor = readInterval(b);
  if (containsZero(divisor)) {
    throw new FogcountError(
      "division-by-zero-interval",
      `divide: the divisor [${divisor.low}, ${divisor.high}] ${b.unit} can be zero`,
      { low: divisor.low, high: divisor.high },
    );
  }
  return stateInterval(
    divideIntervals(readInterval(a), divisor),
    divideUnits(a.unit, b.unit),
    isApproximate(a) || isApproximate(b),
  );
}

/**
 * An estimate multiplied by a plain number, keeping its unit.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-option` if `factor` is not finite; `unbounded-below` for a negative factor on an open-ended estimate.
 * @example
 * scale(range(10_000, 12_000, "person"), 0.5);
 * //=> { kind: "range", low: 5000, high: 6000, unit: "person" }
 */
export function scale<U extends string>(
  estimate: Estimate & { unit: U },
  factor: number,
): Estimate & { unit: U } {
  if (typeof factor !== "number" || !Number.isFinite(factor)) {
    throw new FogcountError("invalid-option", `scale: factor must be a finite number, got ${String(factor)}`, {
      factor,
    });
  }
  const f: Interval = { low: factor, high: factor, lowOpen: false, highOpen: false, best: factor };
  return stateInterval(multiplyIntervals(readInterval(estimate), f), estimate.unit, isApproximate(estimate)) as Estimate & {
    unit: U;
  };
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
 * @throws {FogcountError} `unit-mismatch` if the units differ; `empty-sum` for an empty list without `unit`.
 * @example
 * sumEstimates([range(10_000, 12_000, "person"), approx(3000, "person")]);
 * //=> { kind: "range", low: 13000, high: 15000, unit: "person", approx: true }
 */
export function sumEstimates<U extends string>(
  list: readonly (Estimate & { unit: U })[],
  options: SumOptions = {},
): Estimate & { unit: U } {
  const first = list[0];
  const unit = options.unit ?? first?.unit;
  if (unit === undefined) {
    throw new FogcountError("empty-sum", "sumEstimates: an empty list needs options.unit");
  }
  let total: Interval = { low: 0, high: 0, lowOpen: false, highOpen: false, best: 0 };
  let approximate = false;
  for (const item of list) {
    if (item.unit !== unit) {
      throw new FogcountError("unit-mismatch", `sumEstimates: "${item.unit}" is not "${unit}"`, {
        left: unit,
        right: item.unit,
      });
    }
    total = addIntervals(total, readInterval(item));
    approximate ||= isApproximate(item);
  }
  return stateInterval(total, unit, approximate) as Estimate & { unit: U };
}

/** The unit of a product. @internal */
export function multiplyUnits(a: string, b: string): string {
  if (a === "1") return b;
  if (b === "1") return a;
  const [an, ad] = a.split("/");
  if (ad === b && an) return an;
  const [bn, bd] = b.split("/");
  if (bd === a && bn) return bn;
  return `${a}*${b}`;
}

/** The unit of a quotient. @internal */
export function divideUnits(a: string, b: string): string {
  if (a === b) return "1";
  if (b === "1") return a;
  return `${a}/${b}`;
}
