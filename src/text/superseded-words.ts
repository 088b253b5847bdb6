/**
 * The words of revision the supersession reader looks for, by kind, as bits: one look-up a token.
 * @internal
 */
import { key } from "./context.js";
import type { Ctx } from "./context.js";

/** A verb that replaces a figure with a later one for the same thing, whatever its object: "revised", "corrected". */
export const REVISE = 1;
/**
 * A verb that replaces a figure only when its object is an estimate ("raised its estimate from
 * 3,000 to 4,000", "the toll was lowered from 300"); of anything else it changes a level
 * ("raised its troop numbers from 3,000 to 5,000").
 */
export const RAISE = 2;
/** A noun of an estimate, which a verb of `RAISE` revises: "toll", "figure". */
export const ESTIMATE = 4;
/** A word that gives a figure as an earlier one: "from an earlier 2,500", "its initial estimate of 10,000". */
export const EARLIER = 8;
/** Which way a revision went, or an adverb that may stand by it: "revised sharply upward from". */
export const DIRECTION = 16;
/** A word of the object or subject of a revision between its verb and the figure: "revised the death toll in the attack from". */
export const OBJECT = 32;
/** An auxiliary of a verb in the passive: "has been revised", "was corrected". */
export const AUXILIARY = 64;
/** A verb whose object is the figure replaced, when the object is named as earlier: "replaces the earlier 300", "superseded the old figure of 300". */
export const REPLACE = 128;

/** Each word's kinds, as bits: one look-up a token. */
export const KINDS: ReadonlyMap<string, number> = /* @__PURE__ */ kindsOf([
  // the nouns too: "the revision from 3,000 to 5,000", "a correction from 72 to 45"
  [REVISE, "revised revises revising revise corrected corrects correcting updated updates updating adjusted adjusts adjusting amended amends amending revision revisions correction corrections adjustment adjustments amendment"],
  [RAISE, "raised raises raising raise lowered lowers lowering upgraded upgrades downgraded downgrades cut cuts cutting reduced reduces reducing trimmed slashed increased increases"],
  [ESTIMATE, "estimate estimates toll tolls figure figures count counts tally tallies assessment assessments forecast forecasts projection projections"],
  [EARLIER, "earlier previous previously prior initial initially original originally old first preliminary former"],
  [DIRECTION, "up down upward upwards downward downwards higher lower sharply slightly significantly substantially dramatically again later subsequently since now officially"],
  [OBJECT, "the its their his her our this that these those a an of from for in on at own last reported estimated official officially"],
  [AUXILIARY, "has have had been was were is are being be"],
  [REPLACE, "replaces replaced replace replacing supersedes superseded supersede superseding"],
]);

/** The table of `KINDS` from lists of words by kind. */
function kindsOf(lists: readonly (readonly [number, string])[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const [bit, words] of lists) for (const w of words.split(" ")) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
}

/** The kinds of the word at token `k`, 0 for none. */
export function kindAt(c: Ctx, k: number): number {
  return KINDS.get(key(c, k)) ?? 0;
}
