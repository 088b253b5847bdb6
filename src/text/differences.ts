/**
 * Differences: a figure that says how far one count lies above or below another ("25,000
 * fewer soldiers than in 2022", "12% higher than the official figure") is no level.
 * @internal
 */
import { key, mayHave, tokAt } from "./context.js";
import { AFTER_FIGURE } from "./roles.js";
import type { Ctx } from "./context.js";
import type { After } from "./after.js";
import type { Core } from "./ranges.js";

/** Comparatives that are a difference even with no "than" after them: "300 fewer", "2,000 less". */
const ALWAYS = new Set(["fewer", "less"]);

/** Comparatives that follow a figure as adverbs: "5.1 percent down on the year", "3,000 up from May". */
const POSTPOSED = new Set(["up", "down"]);
/** Words after "up" or "down" that make it a change from a reference: "down from", "up on", "down as compared". */
const REFERENCES = new Set(["from", "on", "compared", "as", "versus", "vs", "year-on-year"]);

/** What a comparative after a figure makes of it, and the token after the comparison. */
export interface Difference {
  readonly below: boolean;
  readonly end: number;
}

/**
 * The difference a figure states, if a comparative follows it, right after its number ("12%
 * higher than", "25,000 fewer soldiers than", "3,000 less") or after its unit: below
 * (`comparativesBelow`: the size of a change below zero, refused as a fall is) or above
 * (`comparativesAbove`: an increment, as the size of a rise is). A comparative other than
 * "fewer" or "less" is one only before "than", or after a share or a sum with no noun after
 * it ("prices were 12% higher"), so that "5 higher education institutions" stays a count;
 * "up" and "down" are one after a share or a sum, or before a reference ("3,000 down from"). A
 * multiple ("three times higher") is read as such, and "3,000 more (troops) than" as the
 * table's increment words read it. `parseEstimate`, told its phrase is a quantity, reads
 * "1,000 fewer" as the figure it names; running text refuses it.
 */
export function differenceAt(c: Ctx, cr: Core, after: After): Difference | undefined {
  if (after.multiple) return undefined;
  const { below, above } = c.t;
  // the role bit first: most words after a figure are no comparative
  const k = mayHave(c, cr.end, AFTER_FIGURE) && (below.has(key(c, cr.end)) || above.has(key(c, cr.end))) ? cr.end : after.end;
  if (!mayHave(c, k, AFTER_FIGURE)) return undefined;
  const w = key(c, k);
  const isBelow = below.has(w);
  if (!isBelow && !above.has(w)) return undefined;
  // "lower-income", "higher-ranking": a compound, no comparison
  if (tokAt(c, k + 1)?.kind === "dash" && tokAt(c, k + 1)?.glued === true) return undefined;
  const than = key(c, k + 1) === "than" ? k + 2 : k === cr.end && after.end > k && key(c, after.end) === "than" ? after.end + 1 : -1;
  const share = cr.low.pct || cr.low.currency !== undefined;
  // "5.1 percent down as compared to", "3,000 down from last week"; not "shot 30 down"
  if (POSTPOSED.has(w)) return share || REFERENCES.has(key(c, k + 1)) ? { below: isBelow, end: k + 1 } : undefined;
  const alone = tokAt(c, k + 1)?.kind !== "word";
  // parseEstimate, told the phrase is a quantity, keeps "1,000 fewer" as the figure it names
  if (than < 0 && !(isBelow && ALWAYS.has(w) && !c.phrase) && !(share && alone)) return undefined;
  return { below: isBelow, end: Math.max(than, k + 1, after.end) };
}
