/**
 * The terms of a ratio said with "for every" or "for each": "10 shells for every 1 fired by
 * Ukraine", "5 soldiers for every Ukrainian killed", "For every Ukrainian killed, 3 Russians
 * died". Neither term counts anything in all: the sentence gives a rate of one thing to another.
 * @internal
 */
import { fail, isFail, key, tokAt } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import { value } from "./value.js";

/** The words after "for" that make a ratio of the figures around them. */
const EVERY: ReadonlySet<string> = new Set(["every", "each"]);
/** Marks that end a clause: a "for every" before them says nothing of a figure after them. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", ";", ":", "!", "?"]);
/** Marks before a "for every" that opens a sentence. */
const OPENS: ReadonlySet<string> = new Set([".", ";", ":", "!", "?", '"', "“", "(", "-"]);
/** How many tokens back a "for every" that opens the clause may stand: "For every Ukrainian soldier killed in the east, 3 died". */
const REACH = 14;

/** Whether "for every" or "for each" stands at `k`. */
function forEveryAt(c: Ctx, k: number): boolean {
  return key(c, k) === "for" && EVERY.has(key(c, k + 1));
}

/** The token after the term of a ratio at `k`, right after its "for every": a number ("for every 1", "for every one"), else `k`. */
function pastTerm(c: Ctx, k: number): number {
  const v = value(c, k, true);
  return v === undefined || isFail(v) ? k : v.end;
}

/**
 * Whether the figure at `i` follows, right after a comma, a clause that opens its sentence with
 * "for every": "For every Ukrainian soldier killed, 3 Russians died"; not a figure after a
 * later comma ("For every shell fired, Ukraine waits, and 3,000 troops crossed").
 */
function everyBefore(c: Ctx, i: number): boolean {
  if (key(c, i - 1) !== ",") return false;
  for (let k = i - 2; k >= 0 && k > i - REACH; k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.key === "," || (tk.kind === "sym" && CLAUSE_ENDS.has(tk.key))) return false;
    if (forEveryAt(c, k)) return k === 0 || OPENS.has(key(c, k - 1));
  }
  return false;
}

/**
 * Why the figure of the phrase from `i` to `end` is the term of a ratio said with "for every":
 * the figure right before "for every" (its failure skips the second term after it), right after
 * it, or after a "for every" clause set off by a comma. Undefined for none.
 * @internal
 */
export function everyRatio(c: Ctx, i: number, end: number): Fail | undefined {
  if (forEveryAt(c, end)) return fail("ratio", pastTerm(c, end + 2));
  if (EVERY.has(key(c, i - 1)) && key(c, i - 2) === "for") return fail("ratio", end);
  return everyBefore(c, i) ? fail("ratio", end) : undefined;
}
