/**
 * Margins of a figure: "300 ± 50", "3,000 troops (±500)", "3,000 give or take 500", "3,000
 * (+500/-200)", each the range it allows with the figure as its best value, or a failure that
 * skips the figure whole.
 * @internal
 */
import { fail, glued, isFail, key, tokAt } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { Core } from "./ranges.js";
import { bracketRangeAt, interval, intervalWordsAt } from "./intervals.js";
import { restated } from "./restated.js";
import { value } from "./value.js";

/**
 * The token after the sign of a margin at `k` ("±", "+/-", "+-", "plus or minus", "give or
 * take"), or -1 for none. @internal
 */
export function marginSign(c: Ctx, k: number): number {
  const w = key(c, k);
  if (w === "±" || w === "∓") return k + 1;
  // "+/-", "+-", and the same with spaces inside the sign: "+ / -", "+ -"
  if (w === "+") {
    if (key(c, k + 1) === "/" && key(c, k + 2) === "-") return k + 3;
    return key(c, k + 1) === "-" ? k + 2 : -1;
  }
  if (w === "give") return key(c, k + 1) === "or" && key(c, k + 2) === "take" ? k + 3 : -1;
  // "plus/minus 500", "plus / minus 500"
  if (w === "plus" && key(c, k + 1) === "/" && key(c, k + 2) === "minus") return k + 3;
  return plusOrMinusAt(c, k) ? k + 3 : -1;
}

/** A signed number at `k` ("+500", "-200", "+5%", "+ 500"): its size, whether it is a share, its sign and the token after it; undefined for none. */
function signed(c: Ctx, k: number): { v: number; pct: boolean; up: boolean; end: number } | undefined {
  const s = tokAt(c, k);
  const n = tokAt(c, k + 1);
  if ((s?.key !== "+" && s?.kind !== "dash") || n?.kind !== "num" || n.num.malformed || !Number.isFinite(n.num.value)) return undefined;
  const pct = key(c, k + 2) === "%" && glued(c, k + 2);
  return { v: n.num.value, pct, up: s.key === "+", end: pct ? k + 3 : k + 2 };
}

/**
 * The sign of the second term of an asymmetric margin whose first term ends at `k`: after a "/"
 * ("+500/-200"), or after a comma or a space only when its sign is the other one, written against
 * its number ("+500, -200", "+500 -200"); -1 for none.
 */
function secondSign(c: Ctx, k: number, up: boolean): number {
  if (key(c, k) === "/") return k + 1;
  const s = key(c, k) === "," || key(c, k) === ";" ? k + 1 : k;
  const n = tokAt(c, s + 1);
  return key(c, s) === (up ? "-" : "+") && n?.kind === "num" && n.glued ? s : -1;
}

/**
 * Whether an asymmetric margin starts at `k`: "+500/-200", "-200/+500", "+ 500/- 200", "+500,
 * -200", the "(" before it already passed. A sign set apart from its number is a margin only
 * when a second sign follows. @internal
 */
export function isAsymmetricAt(c: Ctx, k: number): boolean {
  const w = key(c, k);
  const n = tokAt(c, k + 1);
  if ((w !== "+" && w !== "-") || n?.kind !== "num") return false;
  const second = secondSign(c, key(c, k + 2) === "%" ? k + 3 : k + 2, w === "+");
  if (second < 0) return false;
  return (n.glued && key(c, second - 1) === "/") || key(c, second) === "+" || key(c, second) === "-";
}

/** How far a margin that is not read may run before its ")": "(+500/-200/+100)", "(+500/-200, +100)". */
const MARGIN_REACH = 16;
/** The tokens a margin is made of: signs, numbers, "%" and the "/" between its terms. */
const MARGIN_MARKS: ReadonlySet<string> = new Set(["+", "-", "±", "/", "%", "#"]);

/**
 * The token after a margin at `k` that is not read, so that no part of it is read as a figure
 * of its own: past its ")" when one closes it nearby, else past the run of signs, numbers and
 * "/" it is written with ("+500/-200/+100").
 */
function pastMargin(c: Ctx, k: number, open: boolean): number {
  if (open) {
    for (let j = k; j < k + MARGIN_REACH; j++) {
      const w = key(c, j);
      if (w === ")") return j + 1;
      if (w === "(" || w === "" || w === ";") break;
    }
  }
  let j = k;
  while (MARGIN_MARKS.has(key(c, j))) j++;
  return Math.max(j, k + 1);
}

/**
 * An asymmetric margin at `k`: "+500/-200" (or "-200/+500") after 3,000 is the range 2,800–3,500
 * with 3,000 as its best value; a failure that skips the figure where either part does not read
 * in the figure's own terms or the margin reaches below zero.
 */
function asymmetric(c: Ctx, a: Val, k: number, open: boolean): Core | Fail {
  const p = signed(c, k);
  const second = p === undefined ? -1 : secondSign(c, p.end, p.up);
  const q = second < 0 ? undefined : signed(c, second);
  if (p === undefined || q === undefined || p.up === q.up) return fail("incomplete-range", pastMargin(c, k, open));
  // "+500/-200/+100": a third term is no margin that can be read, and skips the figure with it
  const end = open ? (key(c, q.end) === ")" ? q.end + 1 : -1) : key(c, q.end) === "/" ? -1 : q.end;
  const up = p.up ? p.v : q.v;
  const down = p.up ? q.v : p.v;
  if (end < 0 || a.currency !== undefined || p.pct !== a.pct || q.pct !== a.pct) return fail("incomplete-range", pastMargin(c, k, open));
  if (down > a.v) return fail("negative", q.end);
  return { low: { ...a, v: a.v - down }, high: { ...a, v: a.v + up }, end, dash: false, best: a.v };
}

/**
 * The token after the words that name a margin at `k`, inside its parentheses: "(margin of error
 * ±500)", "(margin: +/- 500)", "(MoE ±500)", "(error ±500)"; `k` for none.
 */
function pastMarginWords(c: Ctx, k: number): number {
  const w = key(c, k);
  if (w !== "margin" && w !== "moe" && w !== "error") return k;
  let j = w === "margin" && key(c, k + 1) === "of" && key(c, k + 2) === "error" ? k + 3 : k + 1;
  if (key(c, j) === ":" || key(c, j) === ",") j++;
  return j;
}

/** How many words may name a spread before its sign inside brackets: "(SD ±500)", "(s.d. ±500)", "(95% PI ±500)". */
const SPREAD_REACH = 5;

/**
 * The failure that skips a figure followed by brackets that hold the sign of a margin after
 * words the reader does not take as naming one ("(SD ±500)", "(s.d. ± 500)"): read without it,
 * the figure would say it is exact. Undefined for brackets with no such sign.
 */
function unknownSpread(c: Ctx, k: number): Fail | undefined {
  for (let j = k; j < k + SPREAD_REACH; j++) {
    const w = key(c, j);
    if (w === ")" || w === "") return undefined;
    if (marginSign(c, j) >= 0 && (w === "±" || w === "∓" || w === "+")) return fail("incomplete-range", j + 1);
  }
  return undefined;
}

/**
 * The token after the sign of a margin at `k`, or `k` itself where the margin's words stand
 * before a number with no sign (`named`: "(margin of error 500)"); -1 for none.
 */
function signEnd(c: Ctx, k: number, named: boolean): number {
  const m = marginSign(c, k);
  return m < 0 && named && tokAt(c, k)?.kind === "num" ? k : m;
}

/** Whether the words of a margin at `k`, past the "(", name it as such with no sign needed: "margin of error 500", not "error 404". */
function namesMargin(c: Ctx, k: number): boolean {
  const w = key(c, k);
  return w === "margin" || w === "moe";
}

/** The first tokens of a margin's sign: "±", "+/-", "+-", "+500/-200", "-200/+500", "plus or minus", "give or take". */
const SIGNS: ReadonlySet<string> = new Set(["±", "∓", "+", "-", "plus", "give"]);

/** Whether the words at `k` are "plus or minus", the sign of a margin in words. @internal */
export function plusOrMinusAt(c: Ctx, k: number): boolean {
  return key(c, k) === "plus" && key(c, k + 1) === "or" && key(c, k + 2) === "minus";
}

/**
 * A figure with its margin: "300 ± 50", "300 +/- 50", "300 (±50)" is the range 250–350 with
 * 300 as its best value; a margin that reaches below zero, or one that does not read as a
 * number in the figure's own terms ("3,000 (±10%)", "3,000 plus or minus 500", whose "minus
 * 500" reads as a number below zero), is refused, as the figure without its margin would say
 * more than the text.
 */
export function plusMinus(c: Ctx, a: Val, at = a.end): Core | Fail | undefined {
  const open = key(c, at) === "(";
  const s = open ? pastMarginWords(c, at + 1) : at;
  // one look at the token for most figures, which no margin follows
  if (s === at + (open ? 1 : 0) && !SIGNS.has(key(c, s))) return undefined;
  if (isAsymmetricAt(c, s)) return asymmetric(c, a, s, open);
  const k = signEnd(c, s, open && namesMargin(c, at + 1));
  if (k < 0) return undefined;
  const m = value(c, k, true);
  if (m === undefined || isFail(m) || m.currency !== a.currency || m.pct !== a.pct) return fail("incomplete-range", k + 1);
  if (m.v > a.v) return fail("negative", m.end);
  if (open && key(c, m.end) !== ")") return fail("incomplete-range", m.end);
  const low = { ...a, v: a.v - m.v };
  return { low, high: { ...m, v: a.v + m.v }, end: open ? m.end + 1 : m.end, dash: false, best: a.v };
}

/**
 * A margin after the words that follow a figure whose number starts at token `first`, at token
 * `at`: "3,000 troops (±500)" and "3,000 troops +/- 500" read as "3,000 (±500) troops" does, the
 * range 2,500–3,500 with 3,000 as its best value; the number said again ("3,000 troops (three
 * thousand)") is the figure itself, and one that disagrees skips it (see `restated`). A margin the figure cannot take is a failure that skips it whole, never
 * the figure without its margin: one not in the figure's terms ("3,000 troops (±10%)"), one
 * after a comma ("3,000 troops, ±10%,"), and one after a range, a bound or a best value.
 * Undefined where no margin follows. @internal
 */
export function marginAfter(c: Ctx, cr: Core, first: number, at: number, bounded: boolean): Core | Fail | undefined {
  if (key(c, at) === "of") return marginAfterOf(c, cr, first, at, bounded);
  const w = key(c, at);
  // "3,000 troops (three thousand)": the number said again after its noun is the same figure
  if (w === "(" && at > cr.end && cr.high === undefined) {
    const again = restated(c, cr.low, first, at);
    if (isFail(again) || again >= 0) return isFail(again) ? again : { low: cr.low, end: again, dash: false };
  }
  // "3,000 deaths (95% CI 2,500–3,500)", "(CI 2,500–3,500)", "[95% CI …]", ", 95% CI 2,500–3,500"
  if (w === "(" || w === "[" || w === ",") {
    const iw = intervalWordsAt(c, at + 1);
    if (iw >= 0) return interval(c, cr, iw, bounded, w === "(" ? ")" : w === "[" ? "]" : "");
  }
  // "3,000 deaths (range 2,500–3,500)", "(between 2,500 and 3,500)", "(2,500–3,500)"
  if (w === "(" || w === "[") {
    const close = w === "(" ? ")" : "]";
    const br = bracketRangeAt(c, at + 1, close);
    if (br >= 0) return interval(c, cr, br, bounded, close, false);
  }
  if (at === cr.end) return undefined;
  if (w === "," || w === "-") return setOffMargin(c, at + 1);
  if (w !== "(" && w !== "±" && w !== "∓" && w !== "+" && w !== "plus" && w !== "give" && w !== "-") return undefined;
  const s = w === "(" ? pastMarginWords(c, at + 1) : at;
  const k = isAsymmetricAt(c, s) ? s + 2 : signEnd(c, s, w === "(" && namesMargin(c, at + 1));
  // "3,000 deaths (SD ±500)": a spread named by words the reader does not know is not dropped
  if (k < 0) return w === "(" ? unknownSpread(c, at + 1) : undefined;
  if (bounded || cr.high !== undefined || cr.best !== undefined) return fail("incomplete-range", k + 1);
  return plusMinus(c, cr.low, at);
}

/** How many words an "of" phrase may have before a margin: "45% of likely voters (±3%)". */
const OF_REACH = 4;

/**
 * A margin after the "of" phrase of a figure at `at`: "45% of voters (±3%)" is 42–48%, as
 * "45% (±3%) of voters" is; undefined where no margin in parentheses ends the phrase.
 */
function marginAfterOf(c: Ctx, cr: Core, first: number, at: number, bounded: boolean): Core | Fail | undefined {
  for (let k = at + 1; k <= at + OF_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk?.key === "(" && k > at + 1) {
      const s = pastMarginWords(c, k + 1);
      return signEnd(c, s, namesMargin(c, k + 1)) < 0 && !isAsymmetricAt(c, s) ? undefined : marginAfter(c, cr, first, k, bounded);
    }
    // "45% of voters, plus or minus 3%, back the war": set off, the margin skips the figure
    if (tk?.key === "," && k > at + 1) return setOffMargin(c, k + 1);
    if (tk?.kind !== "word") return undefined;
  }
  return undefined;
}

/** Marks that may close a margin set off by commas: "3,000 troops, ±10%, were sent". */
const MARGIN_ENDS: ReadonlySet<string> = new Set([",", ")", ".", ";", ""]);

/**
 * The failure that skips a figure followed by a margin set off by a comma or a dash ("3,000
 * troops, +/- 10%, were sent", "3,000, give or take 500", "3,000 — plus or minus a few
 * hundred"), margin and all; undefined for a list whose next item has a mark before it
 * ("3,000 troops, ± 500 tanks"), which is an item of its own. `at` is the token after the mark.
 * @internal
 */
export function setOffMargin(c: Ctx, at: number): Fail | undefined {
  const w = key(c, at);
  if (w !== "±" && w !== "+" && w !== "plus" && w !== "give") return undefined;
  const k = marginSign(c, at);
  if (k < 0) return undefined;
  const m = value(c, k, true);
  // "3,000 troops, plus or minus a few hundred", "give or take 500,": a margin in words, set off, is no list item either
  if (w === "plus" || w === "give") return fail("incomplete-range", m === undefined || isFail(m) ? k : m.end);
  if (m === undefined || isFail(m) || !MARGIN_ENDS.has(key(c, m.end))) return undefined;
  return fail("incomplete-range", m.end);
}

/** How far after a share a margin of its sentence may stand: "45% of voters back the war (±3%)". */
const SENTENCE_REACH = 24;
/** Marks that end a sentence. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", ";", "!", "?"]);

/**
 * Whether a margin in shares stands later in the sentence, from token `from` on, not read with
 * the share before it: "45% of voters back the war (±3%)", "(margin of error ±3%)". The share
 * is then skipped, as it would be read without its margin. @internal
 */
export function distantMargin(c: Ctx, from: number): boolean {
  for (let k = from; k < from + SENTENCE_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key))) return false;
    if (tk.key === "margin" && key(c, k + 1) === "of" && key(c, k + 2) === "error") return true;
    const m = tk.kind === "word" || tk.kind === "sym" ? marginSign(c, k) : -1;
    if (m < 0) continue;
    const v = value(c, m, true);
    if (v !== undefined && !isFail(v) && v.pct) return true;
  }
  return false;
}
