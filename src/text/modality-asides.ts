/**
 * What a cue reaches across that would otherwise end its clause: a date ("will send in 2026
 * another 3,000 troops", "will send on 5 March", "will deliver its 2025 tranche of 40 tanks")
 * and an aside set off by commas after the cue ("will, by 2026, deliver 40 jets", "did not,
 * last year, send 3,000 troops", "would, initially, provide 40 vehicles").
 * @internal
 */
import { hasRole, key, tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";
import { CLAUSE_BREAK, CUE, NEGATION } from "./roles.js";

/** Words before a year that make it a date or part of a name ("in 2026", "by 2026", "its 2025 tranche", "early 2025"), not a count. */
const YEAR_BEFORE = new Set([
  "in", "by", "since", "during", "for", "until", "before", "after", "of", "from", "through", "throughout", "early", "late",
  "mid", "the", "its", "their", "his", "her", "our", "this",
]);
/** How many tokens an aside set off by commas may take: "by the end of 2026". */
const ASIDE_REACH = 6;

/**
 * Whether the number at `k` is a date rather than a quantity: a day of the month next to the
 * month's name ("5 March", "March 5"), or a year (four plain digits, 1900 to 2099) next to a
 * month or after a preposition or a determiner ("in 2026", "its 2025 tranche") and not before a
 * unit ("the 2000 troops" is a count).
 */
export function isDateNumber(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (tk === undefined || tk.kind !== "num" || !tk.num.plain) return false;
  const { months } = c.t;
  const month = months.has(tokAt(c, k - 1)?.text ?? "") || months.has(tokAt(c, k + 1)?.text ?? "");
  const v = tk.num.value;
  if (tk.num.digits <= 2) return month && v >= 1 && v <= 31;
  if (tk.num.digits !== 4 || v < 1900 || v >= 2100 || trie(c, c.t.units, k + 1) !== undefined) return false;
  return month || YEAR_BEFORE.has(key(c, k - 1));
}

/** Whether token `j` may stand inside an aside set off by commas: a word that is no clause word, or a date ("by 2026", "last year", "initially"). */
function asideToken(c: Ctx, j: number): boolean {
  const tk = tokAt(c, j);
  if (tk === undefined) return false;
  return (tk.kind === "word" && !hasRole(c, j, CLAUSE_BREAK)) || isDateNumber(c, j);
}

/**
 * For a comma at `k` that closes an aside opened by a comma right after a cue or a negation
 * ("will, by 2026, deliver", "did not, last year, send"), the index of that cue or negation;
 * else -1. The aside holds only words that are no clause words, and dates.
 */
export function asideBefore(c: Ctx, k: number): number {
  if (key(c, k) !== ",") return -1;
  for (let j = k - 1; j >= 1 && j >= k - ASIDE_REACH; j--) {
    if (key(c, j) === ",") return j < k - 1 && hasRole(c, j - 1, CUE | NEGATION) ? j - 1 : -1;
    if (!asideToken(c, j)) return -1;
  }
  return -1;
}

/** For a comma at `k` that opens an aside (see `asideBefore`), the index of the comma that closes it; else -1. */
export function asideAfter(c: Ctx, k: number): number {
  if (key(c, k) !== ",") return -1;
  for (let j = k + 1; j < c.toks.length && j <= k + ASIDE_REACH; j++) {
    if (key(c, j) === ",") return j > k + 1 ? j : -1;
    if (!asideToken(c, j)) return -1;
  }
  return -1;
}

/**
 * Where a cue's look back goes on from the token `k` that would end its clause: past a date
 * (`k - 1`) or an aside after a cue or a negation (the cue's index); -1 where the clause ends.
 */
export function pastBreak(c: Ctx, k: number): number {
  if (isDateNumber(c, k)) return k - 1;
  return asideBefore(c, k);
}
