/**
 * Second ends of a range that the grammar does not read as one, and skips whole rather than
 * read the first end alone: a top set off by commas, dashes or brackets ("between 3,000 and,
 * perhaps, 5,000"), a bound after a word of possibility ("3,000 to perhaps more than 5,000"),
 * an order of magnitude ("3,000 to tens of thousands"), and a second end after a first end that
 * names its noun ("between 300 soldiers and 500"). Also the sum that is no end of a range of
 * counts ("$500 to 3,000 refugees"), and a conversion after a range of sums ("$1bn to $2bn
 * (€0.9bn to €1.8bn)"), and a first end with a hyphen left hanging ("a 10,000- to 12,000-strong
 * force").
 * @internal
 */
import { boundedValue, hedgedEnd, POSSIBLY } from "./bounded-ends.js";
import { fail, glued, isFail, key, tokAt, trie } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import { converted, setOffConversion } from "./conversions.js";
import type { Core } from "./ranges.js";
import { unitWord } from "./unit-ranges.js";
import { pastVague } from "./vague-ends.js";
import { value } from "./value.js";

/** Marks that set off words inside a range, with the mark that closes each. */
const SET_OFF: ReadonlyMap<string, string> = new Map([[",", ","], ["-", "-"], ["(", ")"]]);
/** How many tokens words set off inside a range may take: ", perhaps,", "(or even)". */
const SET_OFF_REACH = 4;

/**
 * Whether the second end `b` of a range from the sum `a` is a count of its own: `a` names a
 * currency, `b` none, and a unit noun follows `b` ("$500 to 3,000 refugees", "€200 to possibly
 * 10,000 families"). The two are a sum and a count, no range of sums. @internal
 */
export function splitsCurrency(c: Ctx, a: Val, b: Val): boolean {
  return a.currency !== undefined && b.currency === undefined && !b.pct && !b.frac && trie(c, c.t.units, b.end) !== undefined;
}

/** The number of a second end at `k`: a plain number, a hedged top ("perhaps 5,000") or a bounded one ("at most 5,000"). */
function anyEnd(c: Ctx, k: number): Val | undefined {
  const v = value(c, k, true);
  if (v !== undefined) return isFail(v) ? undefined : v;
  return hedgedEnd(c, k)?.v ?? boundedValue(c, k);
}

/** Whether `b` may be the top of a range from `a`: no other currency or share, and no lower. */
function mayTop(a: Val, b: Val): boolean {
  if (b.currency !== undefined && a.currency !== undefined && b.currency !== a.currency) return false;
  return b.pct === a.pct && b.frac === a.frac && b.v >= a.v;
}

/**
 * The failure that skips a range whose second end at `k`, right after its connector, is set off
 * by commas, dashes or brackets ("between 3,000 and, perhaps, 5,000", "3,000 to – perhaps –
 * 5,000", "between 3,000 and (perhaps) 5,000", "3,000 to, at most, 5,000"); undefined where none.
 */
function setOffEnd(c: Ctx, a: Val, k: number): Fail | undefined {
  const open = tokAt(c, k);
  const close = open === undefined ? undefined : SET_OFF.get(open.key);
  if (close === undefined) return undefined;
  for (let j = k + 1; j <= k + SET_OFF_REACH; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind === "num") return undefined;
    if (tk.key === close) {
      const b = j > k + 1 ? anyEnd(c, j + 1) : undefined;
      return b !== undefined && mayTop(a, b) ? fail("incomplete-range", b.end) : undefined;
    }
  }
  return undefined;
}

/**
 * The failure that skips a range from `a` with no word to open it whose second end at `k` the
 * grammar does not read: set off by punctuation (see `setOffEnd`), a bound after a word of
 * possibility ("3,000 to perhaps more than 5,000"), or an order of magnitude ("3,000 to tens of
 * thousands"); undefined for any other. @internal
 */
export function oddSecondEnd(c: Ctx, a: Val, k: number): Fail | undefined {
  const off = setOffEnd(c, a, k);
  if (off !== undefined) return off;
  if (POSSIBLY.has(key(c, k))) {
    const b = boundedValue(c, k + 1);
    if (b !== undefined && mayTop(a, b) && !splitsCurrency(c, a, b)) return fail("incomplete-range", b.end);
  }
  if (a.currency === undefined && !a.pct && trie(c, c.t.magnitudes, k) !== undefined) return fail("incomplete-range", pastVague(c, k));
  return undefined;
}

/**
 * The failure that skips a range opened by a word whose first end `a` names its noun and whose
 * second does not ("between 300 soldiers and 500", "from 300 soldiers to perhaps 500"), where
 * `joins` are the opener's connectors; undefined where none, or where the second end names
 * another noun ("between 600 killed and 700 wounded": two figures). @internal
 */
export function nounOnFirstEnd(c: Ctx, a: Val, joins: ReadonlySet<string>): Fail | undefined {
  const u = unitWord(c, a.end);
  if (u === undefined || !joins.has(key(c, u.end))) return undefined;
  const b = anyEnd(c, u.end + 1);
  if (b === undefined || !mayTop(a, b) || unitWord(c, b.end) !== undefined) return undefined;
  return fail("incomplete-range", b.end);
}

/**
 * The range `r` of sums with the conversion that follows it, in brackets or set off by a dash or
 * ", or" ("$1bn to $2bn (€0.9bn to €1.8bn)", "$1-2bn (€0.9-1.8bn)"), which restates it and is no
 * figure of its own; `r` as it is where none follows; a failure where the conversion disagrees
 * with itself (see `converted`). @internal
 */
export function withConversion(c: Ctx, r: Core): Core | Fail {
  const top = r.high;
  if (top === undefined || top.currency === undefined) return r;
  const conv = key(c, r.end) === "(" ? converted(c, top, r.end) : setOffConversion(c, top, r.end);
  if (isFail(conv)) return conv;
  return conv >= 0 ? { ...r, end: conv } : r;
}

/** Words that join a first end with a hanging hyphen to the second: "10,000- to 12,000-strong", "3,000- or 4,000-man", "between 10,000- and 12,000-strong". */
const HANGING_JOINS: ReadonlySet<string> = new Set(["to", "or", "and"]);

/**
 * Whether the dash at `k` is a hyphen left hanging on the number before it, whose compound the
 * second end completes: glued to the number, spaced from a joining word ("a 10,000- to
 * 12,000-strong force", "a 3- to 4-day truce"). The first end reads as the second does. @internal
 */
export function isHanging(c: Ctx, k: number): boolean {
  const d = tokAt(c, k);
  const w = tokAt(c, k + 1);
  if (d?.kind !== "dash" || w === undefined || w.glued || !HANGING_JOINS.has(w.key)) return false;
  // "a 10,000 - to 12,000-strong force": the hyphen typed with a space, where the second end has its compound
  return d.glued || (d.text === "-" && tokAt(c, k + 2)?.kind === "num" && tokAt(c, k + 3)?.kind === "dash" && glued(c, k + 3) && glued(c, k + 4));
}

/**
 * The failure that skips a first end with a hanging hyphen at `k` (see `isHanging`) whose second
 * end makes no range with it: the second end's own reason where it is no figure ("a 3- to 4-day
 * truce" is a duration, "a 155- to 203-mm gun" a calibre), else `incomplete-range`. @internal
 */
export function hangingFail(c: Ctx, k: number): Fail {
  const b = value(c, k + 2, true);
  if (b !== undefined && isFail(b)) return fail(b.fail, Math.max(b.skip, k + 3));
  return fail("incomplete-range", b === undefined ? k + 3 : b.end);
}
