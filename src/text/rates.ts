/**
 * Rates after a quantity ("a day", "per month", "daily") and the unit they make.
 * @internal
 */
import { hasRole, isFail, key, tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";
import type { Core } from "./ranges.js";
import { CHANGE } from "./roles.js";
import { value } from "./value.js";
import { leads, noLead } from "./bounds.js";

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


/** How far back a verb of change may stand before a figure whose other end carries a rate: "fell sharply to 800 a day from 1,200". */
const CHANGE_REACH = 8;

/** Whether a rate stands from `from` to before `to`: "a day" inside "800 a day". */
function rateWithin(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (rate(c, k) !== undefined) return true;
  return false;
}

/** How many words may stand between a number and its rate: "300 attack drones a month". */
const NOUN_WORDS = 3;

/** Whether a rate ends right before the token `k`, after a number and at most a few words: "800 a day", "300 attack drones a month" before ", up from". */
function rateEndsAt(c: Ctx, k: number): boolean {
  for (let j = k - 3; j < k; j++) {
    if (rate(c, j)?.end !== k) continue;
    for (let n = j - 1; n >= Math.max(0, j - 1 - NOUN_WORDS); n--) {
      const tk = tokAt(c, n);
      if (tk?.kind === "num") return true;
      if (tk?.kind !== "word") return false;
    }
    return false;
  }
  return false;
}

/** Whether a rate follows the number ending at `k`, past at most its unit noun: "to 800 a day", "to 800 troops a day". */
function rateAfter(c: Ctx, k: number): boolean {
  if (rate(c, k) !== undefined) return true;
  const noun = trie(c, c.t.units, k);
  return noun !== undefined && rate(c, noun.end) !== undefined;
}

/** Words that join two ends of a change with no verb needed: ", up from", ", down from", "compared with". */
const CHANGE_JOINS: ReadonlySet<string> = new Set(["up", "down", "compared"]);

/** Whether a verb of change stands a few words before `from`, not before `i - CHANGE_REACH`. */
function changeBefore(c: Ctx, from: number, i: number): boolean {
  for (let k = from; k >= Math.max(0, i - CHANGE_REACH); k--) if (hasRole(c, k, CHANGE) || HALVED.has(key(c, k))) return true;
  return false;
}

/**
 * Whether the figure at `i` (its number `cr`, its phrase ending at `end`) is one end of a change
 * whose other end carries a rate that it lacks: "fell to 800 a day from 1,200", "fell from 1,200
 * to 800 a day", "rose to 1,200 a day, up from 800", "dropped from 1,200 to about 800 daily",
 * "halved from 1,200 to 600 a day", "fell to 800 per day compared with 1,200". ", up from",
 * ", down from" and "compared with" join two ends of one measure with no verb of change ("makes
 * 300 drones a month, up from 100", "makes 300 drones, up from 100 a month"); "from" and "to"
 * only after one. Read alone the figure would be a total, not a rate, so it is not read. @internal
 */
export function rateOnOtherEnd(c: Ctx, i: number, cr: Core, end: number): boolean {
  if (rateWithin(c, cr.end, end)) return false;
  const anchor = joinBefore(c, i);
  const other = joinAfter(c, end);
  if (anchor < 0 && other < 0) return false;
  const joinedBefore = anchor >= 0 && CHANGE_JOINS.has(key(c, key(c, anchor) === "," ? anchor + 1 : anchor));
  const joinedAfter = other >= 0 && CHANGE_JOINS.has(key(c, key(c, end) === "," ? end + 1 : end));
  // the "up" of ", up from 800" is no verb of its own, but says the two ends measure one thing
  const from = anchor >= 0 && key(c, i - 1) === "from" && anchor < i - 1 ? anchor - 1 : i - 1;
  if (!joinedBefore && !joinedAfter && !changeBefore(c, from, i)) return false;
  if (anchor >= 0 && rateEndsAt(c, anchor)) return true;
  if (other < 0) return false;
  // "dropped from 1,200 to about 800 daily": past a hedge or a bound on the other end
  const lead = leads(c, other, noLead());
  const b = value(c, lead < 0 ? other : lead, true);
  return b !== undefined && !isFail(b) && rateAfter(c, b.end);
}

/**
 * The token where the other end of a change starts after a figure that ends at `end`: after
 * "from" or "to", ", up from" or ", down from", "compared with" or "compared to"; -1 for none.
 */
function joinAfter(c: Ctx, end: number): number {
  const k = key(c, end) === "," ? end + 1 : end;
  const w = key(c, k);
  if (k === end && (w === "from" || w === "to")) return k + 1;
  if ((w === "up" || w === "down") && key(c, k + 1) === "from") return k + 2;
  return w === "compared" && (key(c, k + 1) === "with" || key(c, k + 1) === "to") ? k + 2 : -1;
}

/** Verbs of a change by a factor, besides the verbs of change: "halved from 1,200 to 600 a day". */
const HALVED: ReadonlySet<string> = new Set(["halved", "halving", "quartered"]);

/**
 * The token before which the other end of a change, with its rate, would end, where the figure at
 * `i` is joined to it: "from" or "to" ("to 800 a day from 1,200"), ", up from" or ", down from"
 * ("to 1,200 a day, up from 800"), "compared with" or "compared to" ("to 800 per day compared with
 * 1,200"); -1 where none joins it.
 */
function joinBefore(c: Ctx, i: number): number {
  const before = key(c, i - 1);
  let k = i - 1;
  if (before === "from" && (key(c, i - 2) === "up" || key(c, i - 2) === "down")) k = i - 2;
  else if ((before === "with" || before === "to") && key(c, i - 2) === "compared") k = i - 2;
  else if (before !== "from" && before !== "to") return -1;
  return key(c, k - 1) === "," ? k - 1 : k;
}
