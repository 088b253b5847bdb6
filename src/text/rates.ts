/**
 * Rates after a quantity ("a day", "per month", "daily") and the unit they make.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";

/** Words after a period word that make it a time, not a rate: "a day later". */
const NOT_AFTER_RATE = new Set(["ago", "later", "earlier", "before", "after", "old", "long"]);

/** A rate after a quantity: "a day", "per month", "daily". */
export function rate(c: Ctx, j: number): { rate: string; end: number } | undefined {
  const { t } = c;
  const k = key(c, j);
  if (tokAt(c, j + 1)?.kind === "word" && (k === "/" || t.rateWords.has(k))) {
    const p = t.periods.get(key(c, j + 1));
    if (p !== undefined && !NOT_AFTER_RATE.has(key(c, j + 2))) return { rate: p, end: j + 2 };
  }
  // "$5 million-a-day", "300-a-month"
  if (k === "-" && key(c, j + 1) === "a" && key(c, j + 2) === "-") {
    const p = t.periods.get(key(c, j + 3));
    if (p !== undefined) return { rate: p, end: j + 4 };
  }
  const adv = tokAt(c, j)?.kind === "word" ? t.adverbs.get(k) : undefined;
  return adv === undefined ? undefined : { rate: adv, end: j + 1 };
}

/** The unit of a quantity: its noun or currency, over the rate's period if it has one. */
export function unitOf(base: string | undefined, rateWord: string | undefined, fallback: string): string {
  if (base !== undefined) return rateWord === undefined ? base : `${base}/${rateWord}`;
  if (rateWord === undefined) return fallback;
  return `${fallback.split("/")[0] ?? fallback}/${rateWord}`;
}

