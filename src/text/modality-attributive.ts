/**
 * A word of planning or forecasting used of a figure named with "the": "the planned 3,000
 * troops", "an expected 3,000", "the 5,000 predicted". The figure is what was planned or
 * forecast, unless the sentence says it came or was lost: "Russia sent the planned 3,000
 * troops", "The planned 3,000 troops arrived on Monday" assert it.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { arrivedAfter } from "./modality-awaited.js";
import type { Modality } from "./modality.js";

/** Determiners before such a word: "the planned", "an expected", "its projected". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);
/** Verbs in the past that carry out a plan or suffer a forecast: "sent the planned 3,000 troops", "lost the predicted 3,000". */
const DONE = new Set([
  "sent", "deployed", "delivered", "received", "lost", "dispatched", "shipped", "suffered", "moved", "brought", "got", "transferred",
  "supplied", "provided", "handed", "evacuated", "withdrew", "pulled", "recruited", "mobilised", "mobilized", "trained", "killed",
]);
/** Words of forecasting after a figure named with "the": "fewer than the 5,000 predicted". */
const FORECAST_AFTER = new Set(["predicted", "expected", "forecast", "projected", "anticipated", "feared", "planned"]);
/** Marks and words that may end the phrase of such a figure: "the 5,000 predicted, …", "the 5,000 predicted by analysts". */
const PHRASE_ENDS = new Set([".", ",", ";", ":", "!", "?", ")", "by", "for", "in", "earlier", "last", "before", ""]);

/**
 * Whether the word of plan or forecast at `k`, right before the figure `m` and after a
 * determiner ("the planned 3,000 troops"), is of a figure the sentence says came or was lost:
 * a verb in the past right before ("Russia sent the planned 3,000 troops", "lost an expected
 * 3,000") or a verb of arriving after it with no negation between ("The planned 3,000 troops
 * arrived on Monday").
 */
export function carriedOut(c: Ctx, k: number, m: Match): boolean {
  if (k !== m.first - 1 || !DETERMINERS.has(key(c, k - 1))) return false;
  return DONE.has(key(c, k - 2)) || arrivedAfter(c, m);
}

/**
 * What a word of forecast right after a figure named with "the" makes of it: "fewer than the
 * 5,000 predicted", "the 3,000 expected by analysts" are `projected`; undefined for any other,
 * or when a verb of arriving follows ("the 3,000 expected arrived").
 */
export function forecastNamed(c: Ctx, m: Match): Modality | undefined {
  if (key(c, m.first) !== "the" && key(c, m.first - 1) !== "the") return undefined;
  if (!FORECAST_AFTER.has(key(c, m.end)) || tokAt(c, m.end)?.kind !== "word" || !PHRASE_ENDS.has(key(c, m.end + 1))) return undefined;
  if (arrivedAfter(c, m)) return undefined;
  return key(c, m.end) === "planned" ? "planned" : "projected";
}
