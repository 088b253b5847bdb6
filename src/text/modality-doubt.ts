/**
 * Doubts, figures held either way, and denials of truth: "I doubt 3,000 troops crossed" holds
 * its figure possible as "I doubt that 3,000 …" does (a doubt is not a denial); "may or may
 * not receive 300 tanks" holds it possible both ways; "it is not true that" denies its
 * clause, so a negation inside that clause is denied in turn ("It is untrue that Russia did
 * not send 3,000 troops" asserts the 3,000); "may not receive 300 tanks" holds them possible.
 * @internal
 */
import { key } from "./context.js";
import type { Ctx, Match } from "./context.js";
import type { Modality } from "./modality.js";
import { isNegation } from "./modality-negation.js";
import { BE_TO } from "./modality-words.js";

/** Words that doubt what follows them, with or without "that": "analysts doubt that 25,000", "I doubt 3,000 crossed"; "no doubt that" affirms. */
export const DOUBTING = new Set(["doubt", "doubts", "doubted", "doubtful"]);

/**
 * What the word of doubt at `k` makes of a figure after it: `potential` ("I doubt 3,000
 * troops crossed", "it is doubtful 3,000 died"); `asserted` when a negation denies the doubt
 * ("there is no doubt 3,000 died", "nobody doubts 3,000 died", "I don't doubt").
 */
export function doubtAt(c: Ctx, k: number): Modality {
  return isNegation(c, k - 1) || isNegation(c, k - 2) ? "asserted" : "potential";
}

/** Whether the negation at `k` holds a figure either way: "may or may not receive 300 tanks", "might or might not", "did or did not send". */
export function eitherWay(c: Ctx, k: number): boolean {
  const before = key(c, k - 1);
  return before !== "" && key(c, k - 2) === "or" && key(c, k - 3) === before;
}

/** Modals of possibility whose negation is a possibility too: "may not", "might not", "might never". */
export const MAYBE = new Set(["may", "might"]);

/**
 * Whether the negation at `k` follows "may" or "might" and bears on no bound: "Kyiv may not
 * receive 300 tanks" holds the tanks possible, not denied; "Troops may not exceed 3,000"
 * denies more than 3,000 as before.
 */
export function maybeNot(c: Ctx, k: number, m: Match): boolean {
  const kind = m.estimate.kind;
  return MAYBE.has(key(c, k - 1)) && kind !== "atLeast" && kind !== "atMost";
}

/** Words of truth that, denied before a "that", deny its clause: "it is not true that", "nor is it accurate that". Not "right", which judges ("not right that 3,000 died"). */
const TRUTHS = new Set(["true", "accurate", "correct"]);

/**
 * Whether the "that" at `k` follows a denied word of truth: "it is not true that", "it isn't
 * the case that", "nor is it true that", "neither was it the case that"; not one after an
 * adverb ("not entirely true that"), which hedges.
 */
export function untrueBefore(c: Ctx, k: number): boolean {
  let p = k - 1;
  if (key(c, p) === "case" && key(c, p - 1) === "the") p--;
  else if (!TRUTHS.has(key(c, p))) return false;
  if (isNegation(c, p - 1)) return true;
  const w = key(c, p - 3);
  return key(c, p - 1) === "it" && BE_TO.has(key(c, p - 2)) && (w === "nor" || w === "neither");
}

