/**
 * Two numbers joined by "to" in falling order before a count noun: "220 to 210 men", "12,000
 * to 10,000 troops". Written with a dash ("12,000–10,000 troops") such a pair is a range that
 * allows no value and is refused (`invalid-range`); written with "to" it is refused the same
 * way, rather than read as a bare first figure and a second one with the noun.
 * @internal
 */
import { fail, hasRole, isFail, key, trie } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import type { Core } from "./ranges.js";
import { CHANGE } from "./roles.js";
import { value } from "./value.js";
import { isCarriedFigure } from "./changes.js";
import { isRevisedEstimateFigure } from "./superseded-by.js";

/**
 * How far below the first number the second may be for the two to read as the ends of one range
 * written high to low: "220 to 210 men", "12,000 to 10,000 troops". Further apart, "to" is more
 * likely a preposition: "sent 500 to 200 families", "sent 300 to 40 villages".
 */
const SAME_SIZE = 2;

/**
 * The failure that skips the bare number of `cr` (its figure starting at token `i`, no unit
 * of its own) and a smaller number after "to" with a count noun, through that noun: "The army
 * sent the brigade, 220 to 210 men" (`invalid-range`). Undefined where the second number is not
 * smaller, much smaller, has no count noun after it, or has a currency or a share, or where a verb
 * of change or "from" stands right before the figure ("cut 300 to 200 troops", "shrank from 220 to
 * 210 men"), or where the figure is the one an object of a verb of change or revision carries,
 * changed to the second ("reduced its force of 10,000 to 8,000 troops", "revised its estimate of
 * 10,000 to 8,000 troops"). @internal
 */
export function descendingPair(c: Ctx, i: number, cr: Core, unnamed: boolean): Fail | undefined {
  if (!unnamed || cr.high !== undefined || key(c, cr.end) !== "to" || hasRole(c, i - 1, CHANGE) || key(c, i - 1) === "from") return undefined;
  const b = value(c, cr.end + 1, true);
  if (b === undefined || isFail(b) || b.currency !== undefined || b.pct || b.frac) return undefined;
  if (b.v >= cr.low.v || b.v * SAME_SIZE < cr.low.v) return undefined;
  if (key(c, i - 1) === "of" && (isCarriedFigure(c, i) || isRevisedEstimateFigure(c, i))) return undefined;
  const noun = trie(c, c.t.units, b.end);
  return noun === undefined ? undefined : fail("invalid-range", noun.end);
}
