import { rethrow } from "../_lib/guard.js";
import { fail } from "../_lib/assert.js";
import { visible } from "../_lib/forms.js";
import { divideEnd } from "../_lib/interval-math.js";
import { FogcountError } from "../errors.js";
import { readPair, sameUnit } from "./arithmetic.js";
import { stateInterval } from "./interval.js";
import { isHedged } from "./read.js";
import type { Estimate } from "./schema.js";

/**
 * The share a part is of a whole that contains it, as a dimensionless
 * estimate (unit `"1"`): deaths among casualties, laborers among all sent.
 *
 * Dividing two intervals treats them as unrelated, so a part of 500–700 of a
 * whole of 600–5,000 gives a quotient that reaches 700 / 600 > 1. But a part
 * can never exceed its whole: the share lies between `lowPart / highWhole`
 * and `highPart / lowWhole`, and never above 1. This is the dependency
 * problem of interval arithmetic; `ratio` uses what it knows about the
 * dependency to give the tight bounds.
 *
 * @category Arithmetic
 * @throws {FogcountError} `invalid-argument` for a value that is not an estimate, or a part or whole that can go below zero; `unit-mismatch` if the units differ; `part-exceeds-whole` if the part is certainly larger than the whole; `division-by-zero-interval` if the whole can only be zero.
 * @example
 * ratio(approx(600, "person"), approx(4700, "person"));
 * //=> { kind: "approx", value: 0.1276595744680851, unit: "1" }
 * ratio(range(500, 700, "person"), range(600, 5000, "person"));
 * //=> { kind: "range", low: 0.1, high: 1, unit: "1" }
 */
export function ratio(part: Estimate, whole: Estimate): Estimate {
  try {
    const [p, w] = readPair("ratio", part, whole, ["part", "whole"]);
    sameUnit("ratio", part.unit, whole.unit);
    // a share is of counts and amounts: a part or whole below zero has no share, and is no silent 0
    if (p.low < 0 || w.low < 0) fail("ratio", p.low < 0 ? "part" : "whole", "must not go below zero", p.low < 0 ? part : whole);
    if (w.high === 0) {
      throw new FogcountError("division-by-zero-interval", `ratio: the whole is 0 (in ${visible(whole.unit)}): a share of nothing is no number`, {
        low: w.low,
        high: w.high,
      });
    }
    if (p.low > w.high || (p.low === w.high && (p.lowOpen || w.highOpen))) {
      // "more than 10" against "at most 10": the words say why the ends that meet still leave the part larger
      const least = `${p.lowOpen ? "more than" : "at least"} ${p.low}`;
      const most = `${w.highOpen ? "less than" : "at most"} ${w.high}`;
      throw new FogcountError(
        "part-exceeds-whole",
        `ratio: the part is ${least} and the whole ${most} (in ${visible(whole.unit)}), so the part is certainly larger than the whole it is a share of`,
        { part: p.low, whole: w.high },
      );
    }
    // Smallest share: the least part of the largest whole (0 as the whole grows without bound).
    const low = p.low <= 0 ? 0 : w.high === Infinity ? 0 : divideEnd(p.low, w.high, -1);
    const lowOpen = p.low > 0 && (w.high === Infinity || p.lowOpen || w.highOpen);
    // Largest share: 1 if part and whole can meet, else the largest part of the least whole.
    const meets = p.high > w.low || (p.high === w.low && !p.highOpen && !w.lowOpen);
    const high = p.high <= 0 ? 0 : meets ? 1 : divideEnd(p.high, w.low, 1);
    const highOpen = p.high > 0 && !meets && (p.highOpen || w.lowOpen);
    const best =
      p.best !== undefined && w.best !== undefined && w.best !== 0 ? { best: divideEnd(p.best, w.best, 0) } : {};
    // The best share is kept inside [low, high]: a part's best above the whole's is a share of at most 1.
    return stateInterval({ low, high, lowOpen, highOpen, ...best }, "1", isHedged(part) || isHedged(whole));
  } catch (error) {
    rethrow("ratio", { part, whole }, error);
  }
}
