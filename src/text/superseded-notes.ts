/**
 * Earlier values a sentence gives of the same figure: a note in brackets or after a dash ("4,000
 * (was 3,000)", "4,000 (it was 3,000 yesterday)") and the links of a chain ("3,000, then 4,000,
 * and is now 5,000", "rose to 300 on Monday, then 400, now 500").
 * @internal
 */
import { hasRole, isFail, key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { CHANGE } from "./roles.js";
import { AUXILIARY, EARLIER, kindAt } from "./superseded-words.js";
import { value } from "./value.js";

/** Words that give a figure as one replaced: "(was 3,000)", "(previously 3,000)". */
const WAS: ReadonlySet<string> = new Set(["was", "were", "previously", "formerly", "earlier", "originally", "initially"]);

/** Nouns of report that a note may name as earlier before a colon: "(earlier reports: 3,000)", "(initial estimate: 3,000)". */
const NOTE_NOUNS: ReadonlySet<string> = new Set(["report", "reports", "estimate", "estimates", "figure", "figures", "toll", "count", "tally", "reporting"]);

/** Words that refer back to the figure before a note: "(it was 3,000 yesterday)". */
const IT: ReadonlySet<string> = new Set(["it", "this", "that"]);

/**
 * Whether the figure of tokens [first, end) notes, in brackets or after a dash, an earlier value
 * of the figure before it: "4,000 (was 3,000)", "4,000 troops – previously 3,000 –", "4,000
 * (earlier: 3,000)", "4,000 (it was 3,000 yesterday)"; not a clause of its own about something
 * else ("300 tanks (previously 50 had been delivered by Poland)").
 */
export function isEarlierNote(c: Ctx, first: number, end: number): boolean {
  const last = key(c, first - 1) === ":" ? first - 2 : first - 1;
  let k = last;
  // "4,000 (earlier reports: 3,000)", "(previous estimate: 3,000)": a noun of report named as earlier before the colon
  if (last < first - 1 && NOTE_NOUNS.has(key(c, k)) && (kindAt(c, k - 1) & EARLIER) !== 0) k -= 2;
  while (k > last - 2 && WAS.has(key(c, k))) k--;
  if (k < last && IT.has(key(c, k))) k--;
  if (!noteEnds(c, end)) return false;
  const mark = tokAt(c, k);
  if (k === last || mark === undefined || !(mark.key === "(" || (mark.kind === "dash" && !mark.glued))) return false;
  // a figure right before the mark, past its noun: "4,000 troops (was 3,000)"
  for (let j = k - 1; j >= k - 3; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "num" && tk.kind !== "word")) return false;
    if (tk.kind === "num") return true;
  }
  return false;
}

/** How many words a note may hold after its figure: "(was 3,000 last week)". */
const NOTE_REACH = 4;

/** Whether the note whose figure ends at `end` closes within a few words with no verb of its own: "3,000 yesterday)", not "50 had been delivered". */
function noteEnds(c: Ctx, end: number): boolean {
  for (let k = end; k < end + NOTE_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind === "dash" || (tk.kind === "sym" && tk.key !== "'")) return true;
    if (tk.kind === "num" || (kindAt(c, k) & AUXILIARY) !== 0 || hasRole(c, k, CHANGE) || (tk.key.length > 3 && tk.key.endsWith("ed"))) return false;
  }
  return false;
}

/** Words that give the next figure of a chain as a later one. */
export const LATER: ReadonlySet<string> = new Set(["then", "now", "later", "subsequently"]);

/** The token of the number of the next figure of a chain after `end` ("to 5,000", ", then 4,000", ", now 5,000"), or -1. */
export function laterAfter(c: Ctx, end: number): number {
  let k = pastWhen(c, end);
  k = key(c, k) === "," ? k + 1 : k;
  if (key(c, k) === "and") k++;
  // ", and is now 5,000", "and stands now at"
  if ((kindAt(c, k) & AUXILIARY) !== 0 && LATER.has(key(c, k + 1))) k++;
  const from = k;
  while (LATER.has(key(c, k))) k++;
  if (key(c, k) === "to" || key(c, k) === "at") k++;
  return k > from && tokAt(c, k)?.kind === "num" ? k : -1;
}

/** Words of a time phrase after a figure of a chain: "rose to 300 on Monday, then 400", "3,000 last week, now 5,000". */
const WHEN: ReadonlySet<string> = new Set(["on", "in", "by", "last", "this", "yesterday", "today", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/** How many tokens a time phrase after a figure of a chain may take: "on 5 March". */
const WHEN_REACH = 3;

/** The token after a time phrase that starts at `k` ("on Monday", "last week", "in May"), or `k` where none does. */
function pastWhen(c: Ctx, k: number): number {
  if (!WHEN.has(key(c, k))) return k;
  let j = k + 1;
  while (j <= k + WHEN_REACH && isWhen(c, j)) j++;
  return key(c, j) === "," ? j : k;
}

/** Whether token `j` may stand in a time phrase after a figure: a noun of time, a month, a day of the month, a word of `WHEN`. */
function isWhen(c: Ctx, j: number): boolean {
  const tk = tokAt(c, j);
  if (tk === undefined) return false;
  if (tk.kind === "num") return tk.num.digits <= 2;
  return c.t.time.has(tk.key) || c.t.months.has(tk.text) || WHEN.has(tk.key);
}

/** Whether "now" gives a later figure of the chain after the figure ending at `end`: "3,000, then 4,000, now 5,000". */
export function endsNow(c: Ctx, end: number): boolean {
  for (let k = end, n = 0; n < 4; n++) {
    const at = laterAfter(c, k);
    if (at < 0) return false;
    if (key(c, at - 1) === "now") return true;
    const v = value(c, at, true);
    if (v === undefined || isFail(v)) return false;
    k = tokAt(c, v.end)?.kind === "word" && !LATER.has(key(c, v.end)) && key(c, v.end) !== "and" ? v.end + 1 : v.end;
  }
  return false;
}
