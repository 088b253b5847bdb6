/**
 * Numbers written in words: "two thousand", "a dozen", "two-thirds", "half".
 * @internal
 */
import { fail, glued, isFail, isSafeAmount, key, times, tokAt, trie, val, WORD_MULTIPLIER } from "./context.js";
import type { Amount, Ctx, Fail } from "./context.js";

interface Spelled {
  total: number;
  current: number;
  any: boolean;
  /** "frac": a fraction of the scale word closed the number ("a million and a half"); nothing may follow it. */
  last: "unit" | "tens" | "mult" | "frac" | "none";
  /** The largest multiplier of a thousand or more applied so far. */
  big: number;
  /** The multiplier of the last group: 1,000 in "twelve thousand", 10^12 in "a million million". */
  mult: number;
  /** Whether the group being read already has its hundreds: "one hundred one" may not take another "hundred". */
  scaled: boolean;
  /** Where words that make no number end, past what `runEnd` finds: "a million and a third". */
  skip: number;
}

function isMultWord(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk?.kind === "word" && c.t.multipliers.has(tk.key) && WORD_MULTIPLIER.test(tk.key);
}

/**
 * Applies a multiplier word to the number read so far. Multipliers below a
 * thousand scale the current group ("five hundred"); larger ones close it
 * ("two million three hundred thousand"), and one right after another
 * multiplies ("a million million" is 10^12, "one hundred thousand million" 10^11).
 * Returns false where the words make no number: a scale no larger than one
 * already closed ("two thousand three million", "five thousand two thousand"),
 * or a second hundreds in one group ("one hundred one hundred").
 */
function applyMultiplier(s: Spelled, m: number): boolean {
  if (m < 1000) {
    // "one hundred one hundred", "a hundred hundred": a group takes one scale below a thousand
    if (s.scaled) return false;
    s.current = (s.current === 0 ? 1 : s.current) * m;
    s.mult = m;
    s.scaled = true;
  } else if (s.current === 0 && s.last === "mult") {
    s.total *= m;
    s.big = Math.max(s.big, s.total);
    s.mult *= m;
  } else if (m < s.big) {
    s.total += (s.current === 0 ? 1 : s.current) * m;
    s.mult = m;
  } else {
    if (s.total > 0) return false;
    s.total = (s.current === 0 ? 1 : s.current) * m;
    s.big = m;
    s.mult = m;
  }
  if (m >= 1000) {
    s.current = 0;
    s.scaled = false;
  }
  s.last = "mult";
  return true;
}

/**
 * Reads one more word of a spelled number at `j` into `s`; returns the token after it, undefined
 * to stop, or -1 for words that make no number ("two thousand three million", "a hundred a
 * hundred", or a number word that does not compose with the one before: "twenty twenty-four",
 * "five six hundred").
 */
function step(c: Ctx, s: Spelled, j: number): number | undefined {
  const { t } = c;
  const tk = tokAt(c, j);
  if (tk === undefined) return undefined;
  const w = tk.kind === "word" ? t.numberWords.get(tk.key) : undefined;
  if (w !== undefined) {
    // "twenty twenty-four", "five six hundred": number words that do not make one number are no number
    if (!(s.last === "none" || s.last === "mult" || (s.last === "tens" && w < 10 && w > 0))) return -1;
    s.current += w;
    s.any = true;
    s.last = w >= 20 && w % 10 === 0 ? "tens" : "unit";
    return j + 1;
  }
  if (s.any && isMultWord(c, j)) return applyMultiplier(s, t.multipliers.get(tk.key) as number) ? j + 1 : -1;
  if (s.any && tk.kind === "dash" && glued(c, j) && glued(c, j + 1)) {
    const nx = key(c, j + 1);
    return isMultWord(c, j + 1) || (s.last === "tens" && (t.numberWords.get(nx) ?? 99) < 10) ? j + 1 : undefined;
  }
  if (s.any && tk.key === "and" && s.last === "mult" && t.numberWords.has(key(c, j + 1))) return j + 1;
  // "a million and a half", "three thousand and a quarter": a fraction of the scale word ends the
  // number; "a million and a third", "five hundred and a half" make none, and are skipped whole
  const part = s.last === "mult" ? fractionOfScale(c, j) : undefined;
  if (part !== undefined) {
    if (Number.isNaN(part.add) || s.current !== 0 || s.mult < 1000) {
      s.skip = part.end;
      return -1;
    }
    s.total += part.add * s.mult;
    s.last = "frac";
    return part.end;
  }
  // "a hundred a hundred": a scale word again after a scale word makes no number
  if (s.last === "mult" && t.articles.has(tk.key) && isMultWord(c, j + 1)) return -1;
  const half = s.any && (s.last === "unit" || s.last === "tens") ? trie(c, t.andHalf, j) : undefined;
  if (half === undefined || !isMultWord(c, half.end)) return undefined;
  s.current += 0.5;
  return half.end;
}

/**
 * The token after the number words from `j` on, with their multipliers and glued dashes: a
 * spelled number that makes no number is skipped whole, so no later word of it ("-four" of
 * "twenty twenty-four") is read as a figure of its own.
 */
function runEnd(c: Ctx, j: number): number {
  for (;;) {
    const tk = tokAt(c, j);
    if (tk === undefined) return j;
    const word = tk.kind === "word" && (c.t.numberWords.has(tk.key) || isMultWord(c, j));
    if (!word && !(tk.kind === "dash" && glued(c, j) && glued(c, j + 1))) return j;
    j++;
  }
}

/** A number spelled out in words: "two thousand", "a dozen", "twenty-five", "two and a half million". */
export function spelled(c: Ctx, i: number): { v: number; end: number; small: boolean; mult: number } | Fail | undefined {
  const s: Spelled = { total: 0, current: 0, any: false, last: "none", big: 0, mult: 1, scaled: false, skip: 0 };
  let j = i;
  if (c.t.articles.has(key(c, j)) && isMultWord(c, j + 1)) {
    s.current = 1;
    s.any = true;
    s.last = "unit";
    j++;
  }
  for (let steps = 0; ; steps++) {
    const next = step(c, s, j);
    if (next === undefined) break;
    // "two thousand three million", or more words than any number has: never the readable half
    if (next < 0 || steps === 16) return fail("malformed-number", Math.max(s.skip, runEnd(c, j + 1)));
    j = next;
  }
  if (!s.any) return undefined;
  const v = s.total + s.current;
  // "a million million million": past 2^53 − 1, as a number in digits would be
  if (!isSafeAmount(v)) return fail("not-finite", runEnd(c, j));
  const hasMult = s.big > 0 || s.mult > 1;
  return { v, end: j, small: !hasMult && v < 100, mult: s.last === "mult" ? s.mult : 1 };
}

/**
 * A fraction of the scale word before `j`, joined by "and": "(a million) and a half", "(2
 * million) and three quarters"; its share of one scale (NaN for a fraction other than a half or
 * quarters, "and a third", which is read neither way) and the token after it. @internal
 */
export function fractionOfScale(c: Ctx, j: number): { add: number; end: number } | undefined {
  if (key(c, j) !== "and") return undefined;
  const fr = fraction(c, j + 1);
  if (fr === undefined) return undefined;
  return { add: fr.v === 0.5 || fr.v === 0.25 || fr.v === 0.75 ? fr.v : NaN, end: fr.end };
}

/** A fraction in words: "a third", "two-thirds", "half". */
export function fraction(c: Ctx, i: number): { v: number; end: number } | undefined {
  const { t } = c;
  const k = key(c, i);
  if (t.bare.has(k)) {
    const prev = key(c, i - 1);
    if (t.ordinalWords.has(prev) && !c.phrase) return undefined;
    if (tokAt(c, i + 1)?.kind === "dash" && glued(c, i + 1)) return undefined;
    return { v: 1 / (t.fractions.get(k) ?? 2), end: i + 1 };
  }
  const n = t.articles.has(k) ? 1 : t.numberWords.get(k);
  if (n === undefined || n < 1 || n > 19) return undefined;
  let j = i + 1;
  if (tokAt(c, j)?.kind === "dash" && glued(c, j) && glued(c, j + 1)) j++;
  const den = tokAt(c, j)?.kind === "word" ? t.fractions.get(key(c, j)) : undefined;
  if (den === undefined) return undefined;
  return { v: n / den, end: j + 1 };
}

/** The number written in words at token `i`: a fraction ("two-thirds", "half a million") or a spelled number. */
export function wordAmount(c: Ctx, i: number): Amount | Fail | undefined {
  const { t } = c;
  const fr = fraction(c, i);
  if (fr !== undefined) {
    // "half a million", "a quarter of a million"
    const j = key(c, fr.end) === "of" ? fr.end + 1 : fr.end;
    const m = t.articles.has(key(c, j)) && isMultWord(c, j + 1) ? (t.multipliers.get(key(c, j + 1)) as number) : undefined;
    if (m !== undefined) return val(times(fr.v, m), j + 2, undefined, false, false, m, false, false, false, false);
    const nx = tokAt(c, fr.end);
    if (nx?.kind === "word") {
      const after = key(c, fr.end + 1);
      if (t.time.has(nx.key) || (t.articles.has(nx.key) && t.time.has(after))) return fail("duration", fr.end + 1);
      if (!c.phrase && !t.stop.has(nx.key)) return undefined;
    }
    return val(fr.v, fr.end, undefined, false, true, 1, false, false, false, false);
  }
  const sp = spelled(c, i);
  if (sp === undefined || isFail(sp)) return sp;
  return val(sp.v, sp.end, undefined, false, false, sp.mult, sp.small, false, false, sp.small && Number.isInteger(sp.v));
}
