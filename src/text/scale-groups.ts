/**
 * The scale words after a number written in digits and the groups after them: "1.2 million",
 * "5 hundred thousand", "1 lakh 20 thousand", "1 million 200,000".
 * @internal
 */
import { fail, glued, key, times, tokAt, WORD_MULTIPLIER } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import { AFTER_FIGURE } from "./roles.js";
import type { Token } from "./tokenize.js";

/**
 * The multiplier word at `j`, spaced from what comes before it or joined by a
 * hyphen to the multiplier before it ("lakh-crore"). A letter that is a
 * multiplier only after a currency ("$5 M") counts only after one; "K" counts anywhere.
 */
function multiplierAt(c: Ctx, j: number, money: boolean, after: boolean): { value: number; end: number } | undefined {
  const { t } = c;
  const dashed = after && key(c, j) === "-" && glued(c, j) && glued(c, j + 1) ? j + 1 : j;
  const w = tokAt(c, dashed);
  if (w?.kind !== "word" || (w.glued && dashed === j) || (w.roles & AFTER_FIGURE) === 0) return undefined;
  const m = t.multipliers.get(w.key);
  const s = t.suffixes.get(w.key);
  if (m === undefined) return s !== undefined && (s.money !== true || money) ? { value: s.value, end: dashed + 1 } : undefined;
  const letters = s !== undefined && !WORD_MULTIPLIER.test(w.key) && w.key !== "bn" && w.key !== "mn";
  return letters && s.money === true && !money ? undefined : { value: m, end: dashed + 1 };
}

/** Multiplier words after the number: "4 thousand", "1.2 million", "5 hundred thousand", "2 lakh crore", "$5 M". */
export function multipliers(c: Ctx, end: number, money: boolean): { mult: number; end: number } {
  let mult = 1;
  let j = end;
  for (let k = 0; k < 2; k++) {
    const m = multiplierAt(c, j, money, k > 0);
    if (m === undefined) break;
    mult *= m.value;
    j = m.end;
  }
  return { mult, end: j };
}

/**
 * More groups of digits and a smaller multiplier after a number with a large
 * one: "1 lakh 20 thousand" is 120,000, "2 million 300 thousand" 2,300,000.
 */
export function moreGroups(c: Ctx, v: number, m: { mult: number; end: number }, money: boolean): { v: number; end: number } {
  let total = v;
  let end = m.end;
  for (let last = m.mult, k = 0; k < 3 && last >= 1000; k++) {
    const tk = tokAt(c, end);
    if (tk?.kind !== "num" || tk.glued || !Number.isFinite(tk.num.value) || tk.num.malformed) break;
    const next = multipliers(c, end + 1, money);
    // "1 million 200,000", "3 thousand 500", "2 lakh 50,000": a last group with no scale word of its own
    if (next.mult === 1 && isLastGroup(c, end, tk, last)) return { v: total + tk.num.value, end: end + 1 };
    if (next.mult >= last || next.mult < 100) break;
    total += times(tk.num.value, next.mult);
    last = next.mult;
    end = next.end;
  }
  return { v: total, end };
}

/**
 * Whether the number `tk` at `k`, after a scale word worth `last`, is the last group of the
 * figure: a whole number below the scale ("1 million 200,000", "3 thousand 500"), with nothing
 * glued after it ("155mm") and no year ("$5 billion 2024 budget") or day of a month
 * ("5 thousand 12 March") that would make it another thing.
 */
function isLastGroup(c: Ctx, k: number, tk: Token, last: number): boolean {
  const { value, plain, digits, leadingZero } = tk.num;
  if (!Number.isInteger(value) || value < 1 || value >= last || leadingZero || (plain && digits === 4 && value < 2200)) return false;
  const next = tokAt(c, k + 1);
  // a full stop or comma glued after it ends the figure ("1 million 500,000."); a letter does not ("155mm")
  if (next?.glued === true) return next.kind === "sym" && (next.key === "." || next.key === "," || next.key === ";" || next.key === ")");
  return next === undefined || (!c.t.months.has(next.text) && next.kind !== "num");
}

/**
 * The number at `i` when it is a later group of a figure whose head is not read: "1 million
 * 200,000" after a name ("In Kharkiv 1 million 200,000 people") is refused whole, never read
 * as its readable last group alone (200,000 where the text says 1,200,000). A group is one
 * `moreGroups` would take after the number and the scale words before it.
 */
export function tailGroup(c: Ctx, i: number): Fail | undefined {
  for (let k = i - 2; k >= i - 3 && k >= 0; k--) {
    const head = tokAt(c, k);
    if (head?.kind !== "num" || !Number.isFinite(head.num.value)) continue;
    const m = multipliers(c, k + 1, key(c, k - 1) === "$");
    if (m.end !== i || m.mult < 1000) continue;
    const grouped = moreGroups(c, times(head.num.value, m.mult), m, false);
    if (grouped.end > i) return fail("designation", grouped.end);
  }
  return undefined;
}
