/**
 * A negation that delays rather than denies: "will not deploy the 5,000 reservists until
 * January" plans the deployment for January; "5,000 troops did not arrive until March" says
 * they arrived. Reporters use "not … until" for timing ("some will not arrive until fall"),
 * so the figure takes the reading it would have without the negation.
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { CLAUSE_BREAK, CUE } from "./roles.js";
import { BETWEEN, IRREGULAR_PARTICIPLES, SAYS, UNTILS } from "./modality-words.js";
import type { Modality } from "./modality.js";

/** How far after a figure the "until" of a delay may stand, in tokens: "the 5,000 reservists to the front until". */
const DELAY_REACH = 8;

/** Whether a word is a plan verb or its past participle: "send", "deployed", "supplied", "shipped", "sent". */
export function isPlanVerb(c: Ctx, w: string): boolean {
  const plans = c.t.planVerbs;
  if (plans.has(w) || IRREGULAR_PARTICIPLES.has(w)) return true;
  if (!w.endsWith("ed")) return false;
  const stem = w.slice(0, -2);
  return plans.has(stem) || plans.has(`${stem}e`) || plans.has(`${w.slice(0, -3)}y`) || plans.has(w.slice(0, -3));
}

/** How many words an aside of attribution may hold, its word of saying among them: ", officials said,", ", a spokesman told reporters,". */
const ASIDE_REACH = 5;

/** The token after an aside of attribution that opens at `j` (", officials said,", ", he told reporters,"), or `j` if none opens there. */
function pastAside(c: Ctx, j: number): number {
  if (key(c, j) !== ",") return j;
  let said = false;
  for (let k = j + 1; k <= j + ASIDE_REACH; k++) {
    const w = key(c, k);
    if (w === ",") return said ? k + 1 : j;
    said ||= SAYS.has(w);
  }
  return j;
}

/**
 * Whether "until" or "till" follows a match in its clause, past words only ("will not deploy
 * the 5,000 reservists in Kursk until January") and an aside of attribution ("will not deploy
 * 5,000 troops, officials said, until January"), so that a negation of the clause delays.
 */
export function delayedAfter(c: Ctx, m: Match): boolean {
  for (let j = pastAside(c, m.end), n = 0; n < DELAY_REACH; j++, n++) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind !== "word") return false;
    if (UNTILS.has(tk.key)) return true;
    if (hasRole(c, j, CLAUSE_BREAK)) return false;
  }
  return false;
}

/**
 * What the negation at `k`, before a figure, makes of it when it delays: after "will" or as
 * "won't", a plan for a plan verb ("will not deploy … until") and a projection otherwise;
 * after "could", a possibility; before a cue, that cue's reading ("is not expected to arrive
 * until"); else the figure is asserted ("did not send the 5,000 troops until March").
 */
export function delayedAt(c: Ctx, k: number): Modality {
  const cueOf = (j: number) => (hasRole(c, j, CUE) ? c.t.cues.get(key(c, j)) : undefined);
  const before = cueOf(k) ?? cueOf(k - 1);
  let j = k + 1;
  while (BETWEEN.has(key(c, j))) j++;
  if (before === "modal") return "potential";
  if (before === "future") return isPlanVerb(c, key(c, j)) ? "planned" : "projected";
  const after = cueOf(j);
  if (after === "intent") return "planned";
  return after === "planned" || after === "projected" || after === "potential" ? after : "asserted";
}
