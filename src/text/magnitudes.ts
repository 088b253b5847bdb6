/**
 * Orders of magnitude in place of a number: "tens of thousands of troops",
 * "billions of dollars", "billion-dollar".
 * @internal
 */
import type { MagnitudeOrder } from "../estimate/magnitude.js";
import { fail, key, trie } from "./context.js";
import type { Ctx, Fail, Match, MatchOptions } from "./context.js";
import { rate, unitOf } from "./rates.js";
import type { TrieMatch } from "./trie.js";
import { unitAfter } from "./units.js";


export function magnitudeAt(
  c: Ctx,
  i: number,
  mg: TrieMatch<{ readonly order: MagnitudeOrder; readonly currency?: string }>,
  symbol: string | undefined,
  options: MatchOptions,
): Match | Fail | undefined {
  const { t } = c;
  let j = mg.end;
  let currency = symbol ?? mg.value.currency;
  let noun: string | undefined;
  if (currency === undefined) {
    const of = key(c, j) === "of" ? j + 1 : j;
    const name = trie(c, t.names, of);
    if (name !== undefined) {
      currency = name.value;
      j = name.end;
    } else if (of > j) {
      const u = unitAfter(c, of);
      if (u.duration === true) return fail("duration", of + 1);
      if (u.unit !== undefined || u.currency !== undefined) {
        noun = u.unit;
        currency = u.currency;
        j = u.end;
      }
    } else {
      const u = unitAfter(c, j);
      if (u.duration === true) return fail("duration", j + 1);
      if (u.unit !== undefined || u.currency !== undefined) {
        noun = u.unit;
        currency = u.currency;
        j = u.end;
      }
    }
  }
  const r = rate(c, j);
  if (r !== undefined) j = r.end;
  const unit = unitOf(currency ?? noun, r?.rate, options.unit);
  return { estimate: { kind: "magnitude", order: mg.value.order, unit }, first: i, end: j };
}

