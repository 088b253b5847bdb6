/**
 * The subject and object of a verb of replacing a figure: "The new count, 450, replaces the
 * earlier 300", "The earlier 300 was replaced by the revised toll of 450".
 * @internal
 */
import { tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { AUXILIARY, ESTIMATE, kindAt } from "./superseded-words.js";

/** Negations before a verb of replacing: "does not replace the earlier 300", "has not been replaced". */
export const NOT: ReadonlySet<string> = new Set(["not", "never", "n't"]);
/** How many words the phrase after "replaced by" may hold before its figure: "by the revised toll of 450". */
const BY_REACH = 5;

/** Whether a figure follows token `k` within a few words of its phrase: "450", "the revised toll of 450". */
export function figureAfter(c: Ctx, k: number): boolean {
  for (let j = k; j < k + BY_REACH; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "word" && tk.kind !== "num")) return false;
    if (tk.kind === "num") return true;
  }
  return false;
}

/** How many tokens back from a verb of replacing its subject's noun of an estimate may stand: "The revised toll of 450 replaces". */
const SUBJECT_REACH = 5;

/**
 * Whether a noun of an estimate stands within a few words back from `k`, in the same clause: the
 * subject of "replaces". A figure set off before the verb is the subject's apposition, and the
 * noun may stand in it or before it: "The new count, 450, replaces", "450, the new count, replaces".
 */
export function estimateBefore(c: Ctx, k: number): boolean {
  // "The new count, 450, has replaced": the auxiliaries of the verb stand after the apposition
  let m = k;
  while (m > k - 2 && (kindAt(c, m) & AUXILIARY) !== 0) m--;
  const open = appositionBefore(c, m);
  if (open >= 0) return estimateBefore(c, open - 1) || estimateBefore(c, m - 1);
  for (let j = k; j >= 0 && j > k - SUBJECT_REACH; j--) {
    if ((kindAt(c, j) & ESTIMATE) !== 0) return true;
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "word" && tk.kind !== "num")) return false;
  }
  return false;
}

/** How many tokens an apposition may take between its marks: "(about 450 people)". */
const APPOSITION_REACH = 5;
/** The closing marks of an apposition and the opening mark each needs. */
const OPENS: ReadonlyMap<string, string> = new Map([[",", ","], [")", "("]]);

/**
 * The opening mark of an apposition that holds a figure or a noun of an estimate and ends with
 * the mark at `k` (", 450,", " (450)", " – 450 –", "450, the new count,"), or -1 where none ends there.
 */
function appositionBefore(c: Ctx, k: number): number {
  const close = tokAt(c, k);
  const open = close?.kind === "dash" ? close.key : OPENS.get(close?.key ?? "");
  if (open === undefined) return -1;
  let number = false;
  for (let j = k - 1; j >= 0 && j >= k - APPOSITION_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined) return -1;
    if (tk.key === open || (close?.kind === "dash" && tk.kind === "dash")) return number && j < k - 1 ? j : -1;
    if (tk.kind !== "num" && tk.kind !== "word") return -1;
    number ||= tk.kind === "num" || (kindAt(c, j) & ESTIMATE) !== 0;
  }
  return -1;
}
