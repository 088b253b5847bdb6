/**
 * Signed pairs: "+3 to -2", "-3 to +5", "+3/-2", "between +2 and -3". A number with a sign
 * joined to another with a sign is a pair of changes or a score, never a count, and no rise.
 * @internal
 */
import { fail, glued, key, tokAt } from "./context.js";
import type { Ctx, Fail } from "./context.js";

/** Words and marks that join the two numbers of a signed pair. */
const JOINS: ReadonlySet<string> = new Set(["to", "-", "/", "or", "and"]);

/** Whether token `k` is a sign, "+" or a dash, written against the number after it. */
function signAt(c: Ctx, k: number): boolean {
  const w = key(c, k);
  return (w === "+" || w === "-") && tokAt(c, k + 1)?.kind === "num" && glued(c, k + 1);
}

/**
 * The failure that skips a number with a "+" at `j` (the "+" at `j` - 1) that is one of a signed
 * pair: joined at `end`, the token after it, to another signed number ("+3 to -2", "+3/-2", "+3
 * to +5"), or joined to a signed number before it ("-3 to +5"). Read alone, its "+" would make it
 * a rise it is not. Undefined for a number with no such partner ("(+1,270)").
 * @internal
 */
export function signedPair(c: Ctx, j: number, end: number): Fail | undefined {
  if (JOINS.has(key(c, end)) && signAt(c, end + 1)) {
    const second = end + 2;
    return fail(key(c, end + 1) === "-" ? "negative" : "incomplete-range", key(c, second + 1) === "%" ? second + 2 : second + 1);
  }
  if (!JOINS.has(key(c, j - 2))) return undefined;
  // "-3 to +5", "−3% to +5%"
  const first = key(c, j - 3) === "%" ? j - 5 : j - 4;
  return signAt(c, first) ? fail(key(c, first) === "-" ? "negative" : "incomplete-range", end) : undefined;
}
