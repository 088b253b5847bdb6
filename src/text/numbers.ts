/**
 * The number of a quantity: digits with their multipliers, words or a
 * fraction, and the numbers that are not quantities (calibres, designations,
 * clock times, dates).
 * @internal
 */
import { fail, glued, key, times, tokAt, trie, WORD_MULTIPLIER } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import { fraction, spelled } from "./number-words.js";


export const DEGREE = new Set(["°", "º", "′", "″", "'", "\u2032"]);

/** An ASCII apostrophe after a number closes a quotation ('over 100') unless a number follows it (5'11"). */
export function closingQuote(c: Ctx, i: number): boolean {
  const next = tokAt(c, i + 1);
  return tokAt(c, i)?.key === "'" && !(next?.kind === "num" && next.glued);
}

/** The number itself: digits, words, or a fraction. */
export function amount(c: Ctx, i: number, money: boolean, second: boolean): Omit<Val, "currency" | "pct"> | Fail | undefined {
  const { t } = c;
  const tk = tokAt(c, i);
  if (tk === undefined) return undefined;
  if (tk.kind === "num") {
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
    const labelAt = prev?.key === "." ? i - 2 : i - 1;
    const label = tokAt(c, labelAt);
    if (!money && label?.kind === "word" && t.labels.has(label.key) && /^\p{Lu}/u.test(label.text)) {
      return fail("designation", i + 1);
    }
    if (tk.leadingZero) return fail("designation", i + 1);
    if (!Number.isFinite(tk.value)) return fail("not-finite", i + 1);
    let end = i + 1;
    let mult = 1;
    let strong = false;
    const n1 = tokAt(c, i + 1);
    const n2 = tokAt(c, i + 2);
    if (n1 !== undefined && n1.glued) {
      if (n1.kind === "word") {
        const s = t.suffixes.get(n1.key);
        if (s !== undefined && (s.money !== true || money)) {
          mult = s.value;
          end = i + 2;
        } else if (t.calibres.has(n1.key)) return fail("calibre", i + 2);
        else if (t.ordinalSuffixes.has(n1.key)) return fail("ordinal", i + 2);
        else if (t.decades.has(n1.key) && (tk.digits === 2 || tk.digits === 4) && !(n2?.glued === true && n2.kind === "num")) {
          return fail("date", i + 2);
        }
        else if (trie(c, t.clock, i + 1) !== undefined) return fail("clock-time", i + 2);
        else return fail("designation", i + 2);
      } else if (n1.kind === "sym" && n2?.kind === "num" && n2.glued) {
        if (n1.key === ":") return fail("clock-time", i + 3);
        if (n1.key === "/") return fail("date", i + 3);
        if (n1.key === ".") return fail("designation", i + 3);
      } else if (n1.kind === "sym" && DEGREE.has(n1.key) && !closingQuote(c, i + 1)) {
        return fail("designation", i + 2);
      } else if (n1.kind === "dash" && n2 !== undefined && n2.glued) {
        if (n2.kind === "num" && tokAt(c, i + 3)?.kind === "dash" && glued(c, i + 3) && tokAt(c, i + 4)?.kind === "num" && glued(c, i + 4)) {
          return fail("date", i + 5);
        }
        if (n2.kind === "word") {
          const m = t.multipliers.get(n2.key);
          if (m !== undefined && WORD_MULTIPLIER.test(n2.key)) {
            mult = m;
            end = i + 3;
          } else if (t.calibres.has(n2.key)) return fail("calibre", i + 3);
          else if (t.time.has(n2.key)) return fail("duration", i + 3);
          else if (t.strength.has(n2.key)) {
            strong = true;
            end = i + 3;
          }
        }
      }
    }
    // "4 thousand", "1.2 million", "5 hundred thousand"
    for (let k = 0, most = end === i + 1 ? 2 : 0; k < most; k++) {
      const w = tokAt(c, end);
      const m = w?.kind === "word" && !w.glued ? t.multipliers.get(w.key) : undefined;
      if (m === undefined || (w !== undefined && t.suffixes.has(w.key) && !WORD_MULTIPLIER.test(w.key) && w.key !== "bn" && w.key !== "mn")) break;
      mult *= m;
      end++;
    }
    const spaced = tokAt(c, end);
    if (spaced?.kind === "word" && !spaced.glued) {
      if (t.calibres.has(spaced.key)) return fail("calibre", end + 1);
      if (trie(c, t.clock, end) !== undefined) return fail("clock-time", end + 1);
    }
    const yearLike = tk.plain && tk.digits === 4 && tk.value >= 1000 && tk.value < 2200 && mult === 1 && !money;
    const v = times(tk.value, mult);
    if (!Number.isFinite(v)) return fail("not-finite", end);
    return { v, end, frac: false, mult, small: false, yearLike, strong, plainInt: tk.plain && mult === 1 };
  }
  if (tk.kind !== "word") return undefined;
  const fr = fraction(c, i);
  if (fr !== undefined) {
    // "half a million", "a quarter of a million"
    let j = fr.end;
    if (key(c, j) === "of") j++;
    if (t.articles.has(key(c, j))) {
      const m = t.multipliers.get(key(c, j + 1));
      if (m !== undefined && WORD_MULTIPLIER.test(key(c, j + 1))) {
        return { v: times(fr.v, m), end: j + 2, frac: false, mult: m, small: false, yearLike: false, strong: false, plainInt: false };
      }
    }
    const nx = tokAt(c, fr.end);
    if (nx?.kind === "word") {
      const after = key(c, fr.end + 1);
      if (t.time.has(nx.key) || (t.articles.has(nx.key) && t.time.has(after))) return fail("duration", fr.end + 1);
      if (!c.phrase && !t.stop.has(nx.key)) return undefined;
    }
    return { v: fr.v, end: fr.end, frac: true, mult: 1, small: false, yearLike: false, strong: false, plainInt: false };
  }
  const sp = spelled(c, i);
  if (sp === undefined) return undefined;
  return { v: sp.v, end: sp.end, frac: false, mult: sp.mult, small: sp.small, yearLike: false, strong: false, plainInt: sp.small && Number.isInteger(sp.v) };
}

/** A day next to a month name: "January 5", "5 January". */
export function isDateContext(c: Ctx, i: number, j: number, low: Val, high: Val | undefined): boolean {
  if (low.currency !== undefined || low.pct || low.frac || !low.plainInt || low.v > 31 || low.v < 1) return false;
  if (high !== undefined && (!high.plainInt || high.v > 31)) return false;
  const before = tokAt(c, i - 1)?.key === "." ? tokAt(c, i - 2) : tokAt(c, i - 1);
  if (before !== undefined && c.t.months.has(before.text)) return true;
  const after = tokAt(c, high === undefined ? low.end : j);
  const nx = after?.key === "of" ? tokAt(c, (high === undefined ? low.end : j) + 1) : after;
  return nx !== undefined && c.t.months.has(nx.text);
}
