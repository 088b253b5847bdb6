/**
 * A number said twice: "3,000 (three thousand) troops", "3,000 troops (three thousand)" is one
 * figure; "3,000 (three hundred) troops", whose words and digits disagree, is none.
 * @internal
 */
import { fail, isFail, key, tokAt } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import { value } from "./value.js";

/** Whether the tokens from `from` to `to` write a number in words only: "three thousand", not "3,000" or "$5m". */
function inWords(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokAt(c, k)?.kind === "num") return false;
  return true;
}

/**
 * A restatement of the number `a` (which starts at token `first`) in the parentheses that open at
 * `at`, right after it or after its noun: the token after the ")" where it says the same value in
 * the same terms ("3,000 (three thousand)", "three thousand (3,000)", "$5m (five million
 * dollars)", "3,000 troops (three thousand)"); a failure that skips both where one is written in
 * words and the other in digits and they disagree ("3,000 (three hundred)"), as either may be the
 * slip; -1 for none. @internal
 */
export function restated(c: Ctx, a: Val, first: number, at: number): number | Fail {
  const b = value(c, at + 1, true);
  if (b === undefined || isFail(b) || key(c, b.end) !== ")") return -1;
  if (b.currency !== a.currency || b.pct !== a.pct || b.frac !== a.frac) return -1;
  if (b.v === a.v) return b.end + 1;
  return inWords(c, first, a.end) !== inWords(c, at + 1, b.end) ? fail("malformed-number", b.end + 1) : -1;
}
