/**
 * What the shape of a figure's own phrase makes of the modality its clause gives it: a count
 * of votes is a tally, not the content of a plan ("approved by 311 votes to 112"); the level a
 * change starts from is the present one ("expected to rise from 230 to 400": 230 is asserted,
 * 400 projected).
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { CHANGE, CLAUSE_BREAK } from "./roles.js";
import { CLAUSE_MARKS, VOTES } from "./modality-words.js";
import type { Modality } from "./modality.js";
import { planChange } from "./modality-plan-change.js";

/**
 * Whether a match counts votes: followed by "votes" ("by 311 votes to 112") or after "a vote
 * of" ("by a vote of 311 to 112"). Parliamentary reporting gives the division this way; the
 * figure says how a vote went, not what the vote decided.
 */
export function isTally(c: Ctx, m: Match): boolean {
  return VOTES.has(key(c, m.end)) || (key(c, m.first - 1) === "of" && VOTES.has(key(c, m.first - 2)));
}

/** Modals of "what may be 50,000 troops", which hedge a figure there now. */
const WHAT_MAY: ReadonlySet<string> = new Set(["may", "might", "could"]);

/** How far before the "to" of "from 230 to 400" the "from" may stand: the first figure and its unit ("from 5,000 a month to"). */
const FROM_REACH = 6;

/** Whether token `k` is a verb of change ("rise", "fell", "increasing", "reach"), or one after an adverb ("rise sharply"). */
function isChangeAt(c: Ctx, k: number): boolean {
  const at = (j: number) => hasRole(c, j, CHANGE) || c.t.growth.has(key(c, j));
  return at(k) || (key(c, k).endsWith("ly") && at(k - 1));
}

/** Base forms of verbs of changing a level that the phrase table's verbs of change leave out: "plans to reduce its force from". */
const CHANGES_LEVEL: ReadonlySet<string> = new Set(["reduce", "lower", "trim", "shrink", "expand", "boost", "slash", "halve", "hike", "downsize", "enlarge"]);
/** How many words the object of a verb of change may take before its "from": "reduce the number of troops from". */
const OBJECT_REACH = 5;

/**
 * The token of the verb of change whose object, a few words, ends right before the "from" or
 * "by" at `k` ("cut its force from", "reduce the number of troops from"), or -1: no number,
 * mark or clause word may stand between.
 */
function changeBeforeObject(c: Ctx, k: number): number {
  for (let j = k - 2; j >= 0 && j >= k - 1 - OBJECT_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind !== "word" || hasRole(c, j, CLAUSE_BREAK)) return -1;
    if (isChangeAt(c, j) || CHANGES_LEVEL.has(tk.key)) return j;
  }
  return -1;
}

/** Whether a "to" and a number follow the match: the level a change ends at ("from 5,000 to 3,000"). */
function toLevelAfter(c: Ctx, m: Match): boolean {
  return key(c, m.end) === "to" && tokAt(c, m.end + 1)?.kind === "num";
}

/**
 * Whether a match is the level a change starts from: right after "from" and a verb of change
 * ("is expected to rise from 230", "could fall from 5,000 a month"), or after a verb of change,
 * its object and "from", with the level it ends at after "to" ("planned to cut its force from
 * 5,000 to 3,000", "intends to raise its force from 5,000 to 8,000"). A forecast or a plan of a
 * change takes the present level as known; only where it goes is looked ahead to.
 */
export function isLevelFrom(c: Ctx, m: Match): boolean {
  if (key(c, m.first - 1) !== "from") return false;
  return isChangeAt(c, m.first - 2) || (toLevelAfter(c, m) && changeBeforeObject(c, m.first - 1) >= 0);
}

/**
 * Where to start reading the clause of a match backwards: for the end of a change ("rise from
 * 230 to 400", "rise by 200 to 430"), the verb of change before the first figure, so that 400
 * takes the cue before it ("is expected to rise"); otherwise the token before the match.
 */
export function clauseStart(c: Ctx, m: Match): number {
  if (key(c, m.first - 1) !== "to") return m.first - 1;
  let num = false;
  for (let j = m.first - 2; j >= 1 && j >= m.first - 1 - FROM_REACH; j--) {
    const tk = tokAt(c, j);
    // "from 230 to", "by 20% to", "from $3 billion to"; a mark or a clause word ends the search
    if (tk === undefined || tk.kind === "dash" || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key)) || hasRole(c, j, CLAUSE_BREAK)) break;
    num ||= tk.kind === "num";
    const w = tk.key;
    if ((w === "from" || w === "by") && num && isChangeAt(c, j - 1)) return j - 1;
    // "planned to cut its force from 5,000 to 3,000": the verb of change before its object
    if ((w === "from" || w === "by") && num) {
      const verb = changeBeforeObject(c, j);
      if (verb >= 0) return verb;
    }
  }
  return m.first - 1;
}

/**
 * The modality of a match once its own phrase is read: a tally read as a plan ("the motion was
 * approved by 311 votes") is asserted, since the plan is what was voted on, not the count; so
 * is the level a forecast change starts from ("expected to rise from 230"). The level a change
 * of a plan ends at, and the earlier plan a planned figure is compared with, are planned
 * ("scaled back plans to send 5,000 troops to 3,000", "plans to send 100 tanks, down from 150").
 */
export function figureModality(c: Ctx, m: Match, found: Modality): Modality {
  if (found === "planned" && isTally(c, m)) return "asserted";
  if (found !== "negated" && found !== "asserted" && isLevelFrom(c, m)) return "asserted";
  // "deployed what may be 50,000 troops": a figure there now, held possible, no forecast
  if (found === "projected" && key(c, m.first - 1) === "be" && WHAT_MAY.has(key(c, m.first - 2)) && key(c, m.first - 3) === "what") return "potential";
  // "scaled back plans to send 5,000 troops to 3,000", "plans to send 100 tanks, down from 150": a change of a plan is planned
  // (only a figure after "to" or "from" is looked at further)
  if (found === "asserted" && (key(c, m.first - 1) === "to" || (tokAt(c, m.first - 1)?.kind === "word" && m.first >= 3))) return planChange(c, m) ?? found;
  return found;
}
