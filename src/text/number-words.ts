/**
 * Numbers written in words: "two thousand", "a dozen", "two-thirds", "half".
 * @internal
 */
import { glued, key, tokAt, trie, WORD_MULTIPLIER } from "./context.js";
import type { Ctx } from "./context.js";


/** A number spelled out in words: "two thousand", "a dozen", "twenty-five", "two and a half million". */
export function spelled(c: Ctx, i: number): { v: number; end: number; small: boolean; mult: number } | undefined {
  const { t } = c;
  let total = 0;
  let current = 0;
  let any = false;
  let last: "unit" | "tens" | "mult" | "none" = "none";
  let hasMult = false;
  let lastMult = 1;
  let j = i;
  const isMultWord = (k: number): boolean => {
    const tk = tokAt(c, k);
    return tk?.kind === "word" && t.multipliers.has(tk.key) && WORD_MULTIPLIER.test(tk.key);
  };
  if (t.articles.has(key(c, j)) && isMultWord(j + 1)) {
    current = 1;
    any = true;
    last = "unit";
    j++;
  }
  for (let steps = 0; steps < 16; steps++) {
    const tk = tokAt(c, j);
    if (tk === undefined) break;
    const w = tk.kind === "word" ? t.numberWords.get(tk.key) : undefined;
    if (w !== undefined) {
      const ok = last === "none" || last === "mult" || (last === "tens" && w < 10 && w > 0);
      if (!ok) break;
      current += w;
      any = true;
      last = w >= 20 && w % 10 === 0 ? "tens" : "unit";
      j++;
      continue;
    }
    if (any && isMultWord(j)) {
      const m = t.multipliers.get(tk.key) as number;
      if (m < 1000) current = (current === 0 ? 1 : current) * m;
      else {
        total += (current === 0 ? 1 : current) * m;
        current = 0;
      }
      hasMult = true;
      lastMult = m;
      last = "mult";
      j++;
      continue;
    }
    if (any && tk.kind === "dash" && glued(c, j) && glued(c, j + 1)) {
      const nx = key(c, j + 1);
      if (isMultWord(j + 1) || (last === "tens" && (t.numberWords.get(nx) ?? 99) < 10)) {
        j++;
        continue;
      }
      break;
    }
    if (any && tk.key === "and" && last === "mult" && t.numberWords.has(key(c, j + 1))) {
      j++;
      continue;
    }
    const half = any && (last === "unit" || last === "tens") ? trie(c, t.andHalf, j) : undefined;
    if (half !== undefined && isMultWord(half.end)) {
      current += 0.5;
      j = half.end;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  const v = total + current;
  return { v, end: j, small: !hasMult && v < 100, mult: last === "mult" ? lastMult : 1 };
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
