/**
 * A clause after a revision that gives the level it ends at: "The ministry revised its figure of
 * 4,000, putting the number at 6,000", "Officials raised the toll, putting the number at 6,000,
 * up from an initial 4,000".
 * @internal
 */
import { isFail, key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { leads, noLead } from "./bounds.js";
import { value } from "./value.js";
import { ESTIMATE, OBJECT, kindAt } from "./superseded-words.js";

/** Participles that open a clause giving the level a revision ends at: "putting the number at", "bringing the toll to". */
const PUTTING: ReadonlySet<string> = new Set(["putting", "bringing", "taking", "placing", "setting", "pushing", "lifting", "raising", "lowering"]);
/** Words that refer back to the estimate as the object of the clause: "putting it at 6,000". */
const PRONOUNS: ReadonlySet<string> = new Set(["it", "them", "this", "that"]);
/** How many words the object of the clause may take: "the number of dead". */
const OBJECT_REACH = 4;

/** Whether token `j` may stand in the object of a clause of putting: "the number of dead", "it", "its estimate". */
function isObjectWord(c: Ctx, j: number): boolean {
  const tk = tokAt(c, j);
  if (tk === undefined || tk.kind !== "word" || tk.key === "at" || tk.key === "to") return false;
  return (kindAt(c, j) & (OBJECT | ESTIMATE)) !== 0 || PRONOUNS.has(tk.key) || !c.t.stop.has(tk.key);
}

/**
 * The token after the "at" or "to" of a clause of putting that starts at the comma `k`
 * (", putting the number at", ", bringing it to"), or -1 where none starts there.
 */
function pastPutting(c: Ctx, k: number): number {
  if (key(c, k) !== "," || !PUTTING.has(key(c, k + 1))) return -1;
  for (let j = k + 2; j <= k + 2 + OBJECT_REACH; j++) {
    const w = key(c, j);
    if ((w === "at" || w === "to") && j > k + 2) return j + 1;
    if (!isObjectWord(c, j)) return -1;
  }
  return -1;
}

/** Whether a clause of putting that starts at the comma `k` gives a level: ", putting the number at 6,000", ", bringing it to around 6,000". */
export function putLevelAt(c: Ctx, k: number): boolean {
  const at = pastPutting(c, k);
  if (at < 0) return false;
  const v = value(c, leads(c, at, noLead()), true);
  return v !== undefined && !isFail(v);
}

/** How many tokens the level of a clause of putting may take back from its end: "at around 6,000 people". */
const LEVEL_REACH = 5;

/**
 * The comma that opens the clause of putting whose level ends at `k` ("…, putting the number at
 * 6,000"), or -1 where the figure before `k` is no such level.
 */
export function puttingBefore(c: Ctx, k: number): number {
  let number = false;
  for (let j = k; j >= 0 && j > k - LEVEL_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "num" && tk.kind !== "word")) return -1;
    number ||= tk.kind === "num";
    if (tk.key === "at" || tk.key === "to") return number ? commaOfPutting(c, j) : -1;
  }
  return -1;
}

/** The comma before the participle of a clause of putting whose "at" or "to" is `at`, or -1. */
function commaOfPutting(c: Ctx, at: number): number {
  for (let j = at - 1; j >= 0 && j >= at - 1 - OBJECT_REACH; j--) {
    if (PUTTING.has(key(c, j)) && j < at - 1) return key(c, j - 1) === "," && pastPutting(c, j - 1) === at + 1 ? j - 1 : -1;
    if (!isObjectWord(c, j)) return -1;
  }
  return -1;
}
