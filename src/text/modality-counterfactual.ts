/**
 * Counterfactuals: what would have happened had something else been done is neither a fact
 * nor a forecast. "As many as 10,000 civilians would have died" and "Had 5,000 troops been
 * sent" hold their figures possible (`potential`).
 * @internal
 */
import { key } from "./context.js";
import type { Ctx } from "./context.js";
import { BETWEEN, WOULDS } from "./modality-words.js";

/**
 * Whether the cue at `k` opens a counterfactual "would have" and a participle ("would have
 * died", "would likely have been killed", "could have saved"): not "will have" (a future
 * perfect: "by June 50,000 will have died") nor "would have to" (an obligation).
 */
export function wouldHaveAt(c: Ctx, k: number): boolean {
  if (!WOULDS.has(key(c, k))) return false;
  let j = k + 1;
  while (BETWEEN.has(key(c, j)) && key(c, j) !== "have") j++;
  return key(c, j) === "have" && key(c, j + 1) !== "to";
}
