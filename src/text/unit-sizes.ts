/**
 * The size of each of several units, which counts none of them and not their sum: "two
 * 4,000-man divisions" (8,000 men, or two divisions), "3,000-man brigades", "3 4,000-strong
 * brigades", "three 4,000 man divisions", "two divisions of 4,000 men each", "two divisions, each
 * 4,000-strong". The size and the count before it are refused whole; "a 4,000-man division" is the
 * size of the one unit, and is read.
 * @internal
 */
import { fail, glued, isFail, key, tokAt, trie } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { Core } from "./ranges.js";
import { PLURAL_PEOPLE } from "./units.js";
import { value } from "./value.js";

/** Words before a size that make it the size of one unit: "a 4,000-man division", "each 4,000-strong brigade". */
const ONE: ReadonlySet<string> = new Set(["a", "an", "one", "each", "every", "single", "per"]);

/** Words written after a size with a space instead of a hyphen, before a plural noun of units: "three 4,000 man divisions", "two 4,000 strong divisions". */
const SPACED_SIZES: ReadonlySet<string> = new Set(["man", "strong", "member"]);
/** Words after a figure of people that make it the size of each unit named before it: "divisions of 4,000 men each", "battalions of 800 men apiece". */
const EACH_AFTER: ReadonlySet<string> = new Set(["each", "apiece"]);

/**
 * The token after the compound of a size that ends the number `v` ("-man", "-strong", "-member"), or -1 where none stands there.
 * Spaced ("4,000 man", "4,000 strong"), the word makes a size only before a plural noun of units.
 */
function sizeEnd(c: Ctx, v: Val, k: number): number {
  if (v.strong) return k;
  const d = tokAt(c, k);
  if (d?.kind === "word" && !d.glued && SPACED_SIZES.has(d.text)) return isPluralNoun(c, k + 1) ? k + 1 : -1;
  if (d?.kind !== "dash" || !d.glued || !glued(c, k + 1)) return -1;
  const noun = trie(c, c.t.units, k + 1);
  return noun?.value === "person" && noun.end === k + 2 ? k + 2 : -1;
}

/**
 * Whether the word at `k` is a plural noun of units, spaced from what comes before it:
 * "divisions", "brigades". A noun of people is the group itself: "12,000-strong troops".
 */
function isPluralNoun(c: Ctx, k: number): boolean {
  const w = tokAt(c, k);
  if (w?.kind !== "word" || w.glued || w.text !== w.key || PLURAL_PEOPLE.has(w.key)) return false;
  return w.key.length > 3 && w.key.endsWith("s") && !w.key.endsWith("ss") && trie(c, c.t.units, k)?.value !== "person";
}

/** Whether a count of units stands right before the figure at `i`: "two 4,000-man divisions", "3 4,000-man divisions". */
function countBefore(c: Ctx, i: number): boolean {
  const p = tokAt(c, i - 1);
  if (p === undefined || glued(c, i)) return false;
  return p.kind === "num" ? p.num.plain : p.kind === "word" && c.t.numberWords.has(p.key) && !ONE.has(p.key);
}

/**
 * The failure that skips a figure at `i` (its number `cr`, its phrase ending at `end`) that is the
 * size of each of several units: a number with a compound of people ("4,000-man",
 * "4,000-strong") after a count ("two 4,000-man divisions") or before a plural noun
 * ("3,000-man brigades"); or the count itself, right before such a size ("3 4,000-man
 * divisions"). `unsupported-rate`: the size is per unit, and the units are not a period.
 * Undefined for anything else, and for the size of one unit ("a 4,000-man division"). @internal
 */
export function sizeOfEach(c: Ctx, i: number, cr: Core, end: number): Fail | undefined {
  const top = cr.high ?? cr.low;
  // "two divisions of 4,000 men each": so many men in each division
  if (EACH_AFTER.has(key(c, end)) && key(c, i - 1) === "of" && isPluralNoun(c, i - 2)) return fail("unsupported-rate", end + 1);
  // "two divisions, each 4,000-strong": the size of each after a comma
  if (key(c, i - 1) === "each" && key(c, i - 2) === "," && sizeEnd(c, top, cr.end) >= 0) return fail("unsupported-rate", Math.max(end, cr.end + 1));
  // "3 4,000-man divisions": the count before a size
  if (cr.high === undefined && cr.low.plainInt && tokAt(c, cr.end)?.kind === "num" && !glued(c, cr.end)) {
    const b = value(c, cr.end, true);
    if (b === undefined || isFail(b)) return undefined;
    const size = sizeEnd(c, b, b.end);
    return size >= 0 && isPluralNoun(c, size) ? fail("unsupported-rate", size + 1) : undefined;
  }
  const size = sizeEnd(c, top, cr.end);
  if (size < 0 || ONE.has(key(c, i - 1)) || ONE.has(key(c, i))) return undefined;
  if (isPluralNoun(c, size)) return fail("unsupported-rate", Math.max(end, size + 1));
  return countBefore(c, i) ? fail("unsupported-rate", Math.max(end, size)) : undefined;
}
