/**
 * A change of a plan, which replaces the plan's earlier level: 5,000 in "The Pentagon scaled back
 * its plan from 5,000 troops to 3,000", "scaled back plans to send 5,000 troops to 3,000",
 * "trimmed its planned purchase of 100 jets to 60". A change of what is there ("scaled back its
 * deployment from 5,000 troops to 3,000") leaves a series of levels, none replaced.
 * @internal
 */
import { hasRole, isFail, key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { leads, noLead } from "./bounds.js";
import { CUTS_BACK } from "./changes.js";
import { CLAUSE_MARKS } from "./modality-words.js";
import { CHANGE } from "./roles.js";
import { value } from "./value.js";

/** Words that name a plan in the object of a change: "plans to send", "its planned deployment", "the proposed purchase". */
export const PLAN_WORDS: ReadonlySet<string> = new Set(["plan", "plans", "planned", "proposed", "proposal", "intended", "scheduled", "envisaged", "envisioned"]);
/** How far back from the "to" of a level the verb of change may stand: "scaled back its planned deployment of 5,000 troops to". */
const CHANGE_REACH = 11;
/** How far back from a "from" the verb of change may stand: "scaled back its planned deployment from". */
const FROM_REACH = 6;

/** Whether token `j` is a verb of change, or "back" after a verb of cutting ("scaled back", "cut back"). */
function isChangeVerb(c: Ctx, j: number): boolean {
  const w = key(c, j);
  return hasRole(c, j, CHANGE) || c.t.decrease.has(w) || c.t.increase.has(w) || (w === "back" && CUTS_BACK.has(key(c, j - 1)));
}

/**
 * Whether a verb of change whose object names a plan stands back from token `k`, in its clause,
 * within `reach` tokens: "scaled back plans to send 5,000 troops", "reduced its planned
 * deployment". With `figures` false a number on the way ends the look: the object of a "from"
 * holds none ("scaled back its plan from").
 * @internal
 */
export function planChangedBefore(c: Ctx, k: number, reach = CHANGE_REACH, figures = true): boolean {
  let plan = false;
  for (let j = k; j >= 0 && j > k - reach; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key)) || tk.kind === "dash" || (!figures && tk.kind === "num")) return false;
    if (isChangeVerb(c, j)) return plan;
    plan ||= PLAN_WORDS.has(tk.key);
  }
  return false;
}

/** Whether the "from" at `k` starts the earlier level of a changed plan: "scaled back its plan from". */
export function isPlanChangedFrom(c: Ctx, k: number): boolean {
  return key(c, k) === "from" && planChangedBefore(c, k - 1, FROM_REACH, false);
}

/**
 * Whether the figure of tokens [first, end) is the earlier level of a changed plan, with the
 * level the change ends at after its "to": "scaled back plans to send 5,000 troops to 3,000",
 * "trimmed its planned purchase of 100 jets to 60".
 */
export function isPlanChangedLevel(c: Ctx, first: number, end: number): boolean {
  if (key(c, end) !== "to" || !planChangedBefore(c, first - 1)) return false;
  const v = value(c, leads(c, end + 1, noLead()), true);
  return v !== undefined && !isFail(v);
}
