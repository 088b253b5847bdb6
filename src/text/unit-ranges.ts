/**
 * Ranges whose first end names its unit: "450 km and 690 km", "from 3 km to 5 km", "3,000
 * troops to 5,000 troops".
 * @internal
 */
import { singularNoun } from "../_lib/nouns.js";
import { fail, isFail, key, phraseText, trie } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import { boundedValue } from "./bounded-ends.js";
import { value } from "./value.js";

/** The connectors of a range whose first end names its unit, when no word opened it: "3 km to 5 km", "3 km-5 km". */
export const TO_OR_DASH: ReadonlySet<string> = new Set(["to", "-"]);
/** The connector of such a range after a verb of change, where "to" joins the level it ends at. */
export const DASH: ReadonlySet<string> = new Set(["-"]);

/** A unit noun or currency name right after one end of a range: "450 km and 690 km". @internal */
export function unitWord(c: Ctx, at: number): { value: string; end: number } | undefined {
  return trie(c, c.t.units, at) ?? trie(c, c.t.names, at);
}

/**
 * Whether the unit words at `a` and `b`, one after each end of a range, name
 * the same measure: the same unit, and for people the same noun ("600 dead
 * and 700 dead"), since "600 dead and 700 injured" count two things.
 */
function sameMeasure(c: Ctx, a: number, u: { value: string; end: number }, b: number, v: { value: string; end: number }): boolean {
  if (u.value !== v.value) return false;
  return u.value !== "person" || singularNoun(phraseText(c, a, u.end)) === singularNoun(phraseText(c, b, v.end));
}

/**
 * The second end of a range whose first end names its unit ("450 km and 690
 * km", "from 3 km to 5 km"): the value after the connector, when the same
 * measure follows it. `joins` are the connectors allowed. Ends that name two
 * measures ("between 600 killed and 700 wounded") are two figures in running
 * text and `mixed-range` in a phrase: they are never one range.
 * @internal
 */
export function unitRange(c: Ctx, a: Val, joins: ReadonlySet<string>): Val | Fail | undefined {
  if (a.currency !== undefined || a.pct || a.frac) return undefined;
  const u = unitWord(c, a.end);
  if (u === undefined || !joins.has(key(c, u.end))) return undefined;
  const read = value(c, u.end + 1, true);
  if (isFail(read)) return read;
  // "3,000 troops to as many as 5,000 troops": a bound or a hedge on the second end skips both
  const bounded = read === undefined ? boundedValue(c, u.end + 1) : undefined;
  const b = read ?? bounded;
  if (b === undefined) return undefined;
  const plain = b.currency === undefined && !b.pct && !b.frac;
  const v = unitWord(c, b.end);
  if (bounded !== undefined) return plain && v !== undefined && sameMeasure(c, a.end, u, b.end, v) && a.v <= b.v ? fail("incomplete-range", v.end) : undefined;
  if (plain && v !== undefined && sameMeasure(c, a.end, u, b.end, v)) return b;
  return c.phrase && v !== undefined ? fail("mixed-range", v.end) : undefined;
}

