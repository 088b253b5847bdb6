/**
 * Figures of a change to a plan, which are plans too: the level a cut or a rise of a plan ends
 * at ("scaled back plans to send 5,000 troops to 3,000", "trimmed its planned purchase of 100
 * jets to 60"), the level it started from ("scaled back its plan from 5,000 troops to 3,000")
 * and the earlier plan a planned figure is compared with ("plans to send 100 tanks, down from
 * 150"). None has been sent: all are `planned`.
 * @internal
 */
import { isFail, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { matchAt } from "./match.js";
import { modalityOf } from "./modality.js";
import type { Modality } from "./modality.js";
import { isPlanChangedFrom, planChangedBefore } from "./superseded-plans.js";

/**
 * Whether the match is the level that a change of a plan ends at: after "to", with a verb of
 * change before it whose object names a plan ("scaled back plans to send 5,000 troops to
 * 3,000", "reduced plans to deliver 100 tanks to 60"); "scaled back its deployment of 5,000
 * troops to 3,000" changes what is there.
 */
function planLevel(c: Ctx, m: Match): boolean {
  return key(c, m.first - 1) === "to" && planChangedBefore(c, m.first - 2);
}

/** Whether the match is the earlier level of a changed plan, after its "from": 5,000 in "scaled back its plan from 5,000 troops to 3,000". */
function planBefore(c: Ctx, m: Match): boolean {
  let from = m.first - 1;
  while (from > m.first - 4 && PAST_WORDS.has(key(c, from))) from--;
  return isPlanChangedFrom(c, from);
}

/** Words after the earlier level that give it a time or a verb of its own: "down from 150 last year", "up from 3,000 now". */
function endsBare(c: Ctx, end: number): boolean {
  const tk = tokAt(c, end);
  return tk === undefined || (tk.kind === "sym" && tk.key !== "'") || tk.kind === "dash";
}

/** Words between "from" and the earlier level: "down from an earlier 60", "up from the originally planned 3,000". */
const PAST_WORDS: ReadonlySet<string> = new Set(["a", "an", "the", "its", "earlier", "previous", "previously", "initial", "initially", "original", "originally", "planned", "promised", "first"]);

/** How many tokens back from the mark the number of the figure before may stand: "100 Leopard 2 tanks,". */
const BEFORE_REACH = 4;

/**
 * The figure that "down from" or "up from" after a mark compares the match with ("plans to send
 * 100 tanks, down from 150"): the match found at the last number within a few tokens before
 * the mark, if it ends at the mark; undefined for none.
 */
function comparedWith(c: Ctx, m: Match): Match | undefined {
  let from = m.first - 1;
  // "down from an earlier 60", "up from the originally planned 3,000"
  while (from > m.first - 4 && PAST_WORDS.has(key(c, from))) from--;
  if (key(c, from) !== "from" || (key(c, from - 1) !== "down" && key(c, from - 1) !== "up")) return undefined;
  const mark = from - 2;
  if (!(key(c, mark) === "," || key(c, mark) === "(" || tokAt(c, mark)?.kind === "dash") || !endsBare(c, m.end)) return undefined;
  for (let n = mark - 1; n >= 0 && n >= mark - BEFORE_REACH; n--) {
    const tk = tokAt(c, n);
    if (tk === undefined || (tk.kind !== "num" && tk.kind !== "word")) return undefined;
    if (tk.kind !== "num" || tokAt(c, n - 1)?.kind === "num") continue;
    const pm = matchAt(c, n, { unit: "unknown" });
    return pm !== undefined && !isFail(pm) && pm.end === mark ? pm : undefined;
  }
  return undefined;
}

/**
 * What a change of a plan makes of the match, when its clause asserts it: the levels a change of
 * a plan starts from and ends at are planned; the earlier level a planned figure is compared with ("plans to
 * send 100 tanks, down from 150") is the plan it replaced, planned too, unless the planned
 * figure ends a change of its own ("plans to raise its force to 5,000, up from 3,000": 3,000
 * is the force there now) or the earlier level has a time of its own ("down from 150 last year").
 */
export function planChange(c: Ctx, m: Match): Modality | undefined {
  if (key(c, m.first - 1) === "to") return planLevel(c, m) ? "planned" : undefined;
  if (planBefore(c, m)) return "planned";
  const before = comparedWith(c, m);
  if (before === undefined || key(c, before.first - 1) === "to" || key(c, before.first - 1) === "by") return undefined;
  return modalityOf(c, before) === "planned" ? "planned" : undefined;
}
