/**
 * Ranges with a bound or a hedge on one end: "from 3,000 to as many as 5,000", "between 3,000
 * and more than 5,000", "from about 300 to nearly 500", and with no word to open them "3,000 to
 * as many as 5,000" (see `core`). The grammar reads no such range, and skips each whole: either
 * end read alone would say more than the text.
 * @internal
 */
import { noLead, leads } from "./bounds.js";
import { fail, isFail, key, words } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { TrieMatch } from "./trie.js";
import { value } from "./value.js";

/**
 * The token after a range end at `k` written with a bound or a hedge before its number ("as
 * many as 5,000", "more than 5,000", "nearly 500", "up to 5,000"), or -1 where no such end
 * stands there. @internal
 */
export function boundedEnd(c: Ctx, k: number): number {
  return boundedValue(c, k)?.end ?? -1;
}

/**
 * The number of a range end at `k` written with a bound or a hedge before it ("as many as
 * 5,000", "more than 5,000", "nearly 500"), or undefined where no such end stands there. @internal
 */
export function boundedValue(c: Ctx, k: number): Val | undefined {
  const lead = noLead();
  const j = leads(c, k, lead);
  if (j <= k || (lead.bound === undefined && lead.hedges.length === 0)) return undefined;
  const v = value(c, j, true);
  return v === undefined || isFail(v) ? undefined : v;
}

/**
 * The failure that skips a range opened by `op` whose first end has a bound or a hedge: "from
 * about 300 to nearly 500", "between roughly 300 and 500", past its second end. Undefined where
 * the opener is followed by no such end and a connector, and where "to" joins a plain second
 * end ("from some 300 to 400 troops" is the hedged range "some 300 to 400 troops"). @internal
 */
export function boundedFirstEnd(c: Ctx, op: TrieMatch<ReadonlySet<string>>): Fail | undefined {
  const a = boundedEnd(c, op.end);
  if (a < 0 || !op.value.has(key(c, a))) return undefined;
  const b = boundedEnd(c, a + 1);
  if (b >= 0) return fail("incomplete-range", b);
  // "from some 300 to 400 troops": the hedge goes with the range after it, "some 300 to 400", read as one
  if (key(c, a) === "to") return undefined;
  const v = value(c, a + 1, true);
  return v === undefined ? undefined : fail("incomplete-range", isFail(v) ? a + 1 : v.end);
}

/** Words of possibility that may stand before the second end of a range: "3,000 to perhaps 5,000". */
export const POSSIBLY: ReadonlySet<string> = new Set(["perhaps", "possibly", "maybe", "potentially", "conceivably"]);

/** A second end of a range read with the words before its number, which the range keeps as its hedge. @internal */
export interface HedgedEnd {
  readonly v: Val;
  readonly words: string;
}

/**
 * The second end of a range at `k` that is its top said with a hedge: a word of possibility
 * ("3,000 to perhaps 5,000", "between 3,000 and possibly 5,000"), an upper bound that takes the
 * number in ("2,000 or as many as 4,000", "from 3,000 to up to 5,000") or both ("perhaps as
 * many as 5,000"). Either says the range may reach its top, and no more; undefined for any other
 * end, such as "more than 5,000", "fewer than 5,000" or "about 5,000", which a range does not
 * hold. @internal
 */
export function hedgedEnd(c: Ctx, k: number): HedgedEnd | undefined {
  const from = POSSIBLY.has(key(c, k)) ? k + 1 : k;
  const lead = noLead();
  const j = leads(c, from, lead);
  if (j < from || lead.hedges.length > 0 || lead.approx || lead.increment || lead.framed) return undefined;
  const { bound } = lead;
  if (bound === undefined ? from === k || j > from : bound.lower || bound.strict) return undefined;
  const v = value(c, j, true);
  return v === undefined || isFail(v) ? undefined : { v, words: words(c, k, j) };
}
