/**
 * The number of a quantity written in digits, with its multipliers and
 * fractions ("1.2 million", "2½ million", "5 and a half million", "25 lakh"),
 * and the numbers that are not quantities (calibres, designations, clock
 * times, dates, negative numbers).
 * @internal
 */
import { fail, glued, isFail, key, times, tokAt, trie, WORD_MULTIPLIER } from "./context.js";
import type { Amount, Ctx, Fail, Val } from "./context.js";
import type { Token } from "./tokenize.js";

const DEGREE = new Set(["°", "º", "′", "″", "'", "\u2032"]);
/** Marks after which a glued dash joins, not signs: "80%-90%", "(5)-(6)". */
const CLOSERS = new Set(["%", ")", "]", "}", "”", "’", "»", "°", "′", "″"]);

/** An ASCII apostrophe after a number closes a quotation ('over 100') unless a number follows it (5'11"). */
function closingQuote(c: Ctx, i: number): boolean {
  const next = tokAt(c, i + 1);
  return tokAt(c, i)?.key === "'" && !(next?.kind === "num" && next.glued);
}

/**
 * Whether token `i` is a minus sign: a dash glued to the number after it and
 * not joining that number to a word, a number or a closing mark before it
 * ("−300", "(-5)", "$-300"; not "10-12" or "80%-90%").
 */
export function isSign(c: Ctx, i: number): boolean {
  const d = tokAt(c, i);
  const n = tokAt(c, i + 1);
  if (d?.kind !== "dash" || n?.kind !== "num" || !n.glued) return false;
  const p = tokAt(c, i - 1);
  return p === undefined || !d.glued || (p.kind === "sym" && !CLOSERS.has(p.key));
}

/** Why the words before a number make it a name or code, not a quantity ("KN-23", "No. 5"). */
function labelled(c: Ctx, i: number, tk: Token, money: boolean, second: boolean): Fail | undefined {
  const { t } = c;
  const prev = tokAt(c, i - 1);
  const p2 = tokAt(c, i - 2);
  if (!money && !second && prev !== undefined && tk.glued) {
    if (prev.kind === "word") return fail("designation", i + 1);
    if (prev.kind === "dash" && prev.glued && p2?.kind === "word" && !t.numberWords.has(p2.key)) return fail("designation", i + 1);
    if (prev.kind === "dash" && prev.glued && p2?.kind === "num") return fail("no-quantity", i + 1);
    if (prev.key === "#" || prev.key === "№") return fail("designation", i + 1);
    if ((prev.key === "." || prev.key === ":" || prev.key === "/") && p2?.kind === "num" && prev.glued) {
      return fail(prev.key === ":" ? "clock-time" : prev.key === "/" ? "date" : "designation", i + 1);
    }
  }
  const label = tokAt(c, prev?.key === "." ? i - 2 : i - 1);
  if (!money && label?.kind === "word" && t.labels.has(label.key) && /^\p{Lu}/u.test(label.text)) return fail("designation", i + 1);
  return undefined;
}

interface Glue {
  readonly mult: number;
  readonly end: number;
  readonly strong: boolean;
}

/** A word glued to the number: a multiplier ("6K", "$5m"), or a calibre, ordinal, decade or clock time. */
function gluedWord(c: Ctx, i: number, tk: Token, money: boolean): Glue | Fail | undefined {
  const { t } = c;
  const n1 = tokAt(c, i + 1) as Token;
  const n2 = tokAt(c, i + 2);
  const s = t.suffixes.get(n1.key);
  if (s !== undefined && (s.money !== true || money)) return { mult: s.value, end: i + 2, strong: false };
  if (t.calibres.has(n1.key)) return fail("calibre", i + 2);
  if (t.ordinalSuffixes.has(n1.key)) return fail("ordinal", i + 2);
  if (t.decades.has(n1.key) && (tk.digits === 2 || tk.digits === 4) && !(n2?.glued === true && n2.kind === "num")) return fail("date", i + 2);
  if (trie(c, t.clock, i + 1) !== undefined) return fail("clock-time", i + 2);
  // a unit written against the number: "2,000km"
  if (trie(c, t.units, i + 1) !== undefined) return undefined;
  return fail("designation", i + 2);
}

/** What is glued to the number after it: a suffix, a mark and digits ("14:30", "3/4"), or a hyphen and a word. */
function glue(c: Ctx, i: number, tk: Token, money: boolean): Glue | Fail | undefined {
  const { t } = c;
  const n1 = tokAt(c, i + 1);
  const n2 = tokAt(c, i + 2);
  if (n1 === undefined || !n1.glued) return undefined;
  if (n1.kind === "word") return gluedWord(c, i, tk, money);
  if (n1.kind === "sym" && n2?.kind === "num" && n2.glued) {
    if (n1.key === ":") return fail("clock-time", i + 3);
    if (n1.key === "/") return fail("date", i + 3);
    if (n1.key === ".") return fail("designation", i + 3);
  }
  if (n1.kind === "sym" && DEGREE.has(n1.key) && !closingQuote(c, i + 1)) return fail("designation", i + 2);
  if (n1.kind !== "dash" || n2 === undefined || !n2.glued) return undefined;
  if (n2.kind === "num" && tokAt(c, i + 3)?.kind === "dash" && glued(c, i + 3) && tokAt(c, i + 4)?.kind === "num" && glued(c, i + 4)) {
    return fail("date", i + 5);
  }
  if (n2.kind !== "word") return undefined;
  const m = t.multipliers.get(n2.key);
  if (m !== undefined && WORD_MULTIPLIER.test(n2.key)) return { mult: m, end: i + 3, strong: false };
  if (t.calibres.has(n2.key)) return fail("calibre", i + 3);
  if (t.time.has(n2.key)) return fail("duration", i + 3);
  if (t.strength.has(n2.key)) return { mult: 1, end: i + 3, strong: true };
  return undefined;
}

/** A fraction after a whole number: "2 1/2", "2 ½", "5 and a half"; its value and the token after it. */
function fractionAfter(c: Ctx, i: number, tk: Token): { add: number; end: number } | undefined {
  if (!tk.plain) return undefined;
  const n = tokAt(c, i + 1);
  if (n?.kind === "num" && !n.glued && n.digits === 0) return { add: n.value, end: i + 2 };
  const slash = tokAt(c, i + 2);
  const d = tokAt(c, i + 3);
  if (n?.kind === "num" && !n.glued && n.plain && slash?.key === "/" && slash.glued && d?.kind === "num" && d.glued && d.plain) {
    if (n.value >= 1 && n.value < d.value && d.value <= 16 && !glued(c, i + 4)) return { add: n.value / d.value, end: i + 4 };
  }
  const half = trie(c, c.t.andHalf, i + 1);
  return half === undefined ? undefined : { add: 0.5, end: half.end };
}

/** Multiplier words after the number: "4 thousand", "1.2 million", "5 hundred thousand", "2 lakh crore". */
function multipliers(c: Ctx, end: number): { mult: number; end: number } {
  const { t } = c;
  let mult = 1;
  let j = end;
  for (let k = 0; k < 2; k++) {
    const w = tokAt(c, j);
    const m = w?.kind === "word" && !w.glued ? t.multipliers.get(w.key) : undefined;
    if (m === undefined || (w !== undefined && t.suffixes.has(w.key) && !WORD_MULTIPLIER.test(w.key) && w.key !== "bn" && w.key !== "mn")) break;
    mult *= m;
    j++;
  }
  return { mult, end: j };
}

/** The number written in digits at token `i`, with what is glued to it and the multipliers after it. */
export function digitAmount(c: Ctx, i: number, money: boolean, second: boolean): Amount | Fail | undefined {
  const { t } = c;
  const tk = tokAt(c, i) as Token;
  if (tk.malformed) return fail("malformed-number", i + 1);
  if (isSign(c, i - 1) || t.negative.has(key(c, i - 1))) return fail("negative", i + 1);
  const label = labelled(c, i, tk, money, second);
  if (label !== undefined) return label;
  if (tk.leadingZero) return fail("designation", i + 1);
  if (!Number.isFinite(tk.value)) return fail("not-finite", i + 1);
  const g = glue(c, i, tk, money);
  if (isFail(g)) return g;
  const fr = g === undefined ? fractionAfter(c, i, tk) : undefined;
  const m = g === undefined ? multipliers(c, fr?.end ?? i + 1) : { mult: g.mult, end: g.end };
  const end = m.end;
  const spaced = tokAt(c, end);
  if (spaced?.kind === "word" && !spaced.glued) {
    if (t.calibres.has(spaced.key)) return fail("calibre", end + 1);
    if (trie(c, t.clock, end) !== undefined) return fail("clock-time", end + 1);
  }
  const whole = fr === undefined ? tk.value : tk.value + fr.add;
  const plain = tk.plain && fr === undefined && m.mult === 1;
  const yearLike = plain && tk.digits === 4 && tk.value >= 1000 && tk.value < 2200 && !money;
  const v = times(whole, m.mult);
  if (!Number.isFinite(v)) return fail("not-finite", end);
  return { v, end, frac: false, mult: m.mult, small: false, yearLike, strong: g?.strong === true, plainInt: plain };
}

/** Whether the figure `low` at token `i` is a day after a month name: "May 1", "Jan. 5". */
export function isDayAfterMonth(c: Ctx, i: number, low: Val): boolean {
  if (low.currency !== undefined || low.pct || low.frac || !low.plainInt || low.v > 31 || low.v < 1) return false;
  const before = tokAt(c, i - 1)?.key === "." ? tokAt(c, i - 2) : tokAt(c, i - 1);
  return before !== undefined && c.t.months.has(before.text);
}

/** A day next to a month name: "January 5", "5 January". */
export function isDateContext(c: Ctx, i: number, j: number, low: Val, high: Val | undefined): boolean {
  if (isDayAfterMonth(c, i, low)) return true;
  if (low.currency !== undefined || low.pct || low.frac || !low.plainInt || low.v > 31 || low.v < 1) return false;
  if (high !== undefined && (!high.plainInt || high.v > 31)) return false;
  const after = tokAt(c, high === undefined ? low.end : j);
  const nx = after?.key === "of" ? tokAt(c, (high === undefined ? low.end : j) + 1) : after;
  return nx !== undefined && c.t.months.has(nx.text);
}
