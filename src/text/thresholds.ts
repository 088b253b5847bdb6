/**
 * Thresholds: "passed 40,000", "crossed the 100,000 mark", "broke the 10,000 barrier". A
 * figure a count has gone past is a lower bound of it, as after "more than".
 * @internal
 */
import { glued, key } from "./context.js";
import type { Ctx, Val } from "./context.js";
import type { Lead } from "./bounds.js";
import type { After } from "./after.js";

/** Words before which a verb of passing is an adjective: "the top 300 officers". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "my", "your"]);

/** The least round figure a verb of passing bounds with no noun of a threshold after it: "passed 40,000", not "crossed 3 rivers". */
const ROUND = 100;

/**
 * Whether a verb of passing that is also a verb of passing a thing ("passed", "crossed") bounds
 * the figure `low`: a share or a sum of money ("passed 10%"), else a round hundred or more of
 * people or of nothing named, with no unknown noun right after it ("passed 40,000", "crossed
 * 100,000 deaths"; not "crossed 3 rivers", "passed 12 bills", "passed 300 checkpoints").
 */
function passes(c: Ctx, low: Val, named: string | undefined, after: After): boolean {
  if (low.pct || low.currency !== undefined || after.unit.currency !== undefined) return true;
  if (named !== undefined && named !== "person") return false;
  const next = c.toks[after.end];
  if (named === undefined && next?.kind === "word" && !c.t.stop.has(next.key) && !c.t.thresholdNouns.has(next.key)) return false;
  return low.v >= ROUND && low.v % ROUND === 0;
}

/** The token after a noun of a threshold at `k` ("mark", "-mark"), or `k` for none. */
function pastNoun(c: Ctx, k: number): number {
  if (c.t.thresholdNouns.has(key(c, k))) return k + 1;
  return key(c, k) === "-" && glued(c, k) && glued(c, k + 1) && c.t.thresholdNouns.has(key(c, k + 1)) ? k + 2 : k;
}

/**
 * The end of a bounded figure, past a noun of a threshold after it ("the 500,000 mark", and
 * after a hedge "around the 3,000 mark"), or -1
 * where its bound bounds nothing: a bound before "the" with no such noun ("under the $15.6bn
 * programme"), or a verb of passing before a count it passes ("crossed 3 rivers") or after a
 * determiner ("the top 300 officers"), which the matcher then reads from the figure on.
 */
export function thresholdEnd(c: Ctx, lead: Lead, low: Val, named: string | undefined, after: After): number {
  // "around the 3,000 mark": a hedge before "the" hedges a threshold, which ends past its noun
  if (lead.bound === undefined) return lead.framed ? pastNoun(c, after.end) : after.end;
  const noun = pastNoun(c, after.end);
  if (noun > after.end) return noun;
  // parseEstimate takes a last noun the table does not know as the unit of its one phrase: "the 500,000 mark"
  if (after.unit.unit === undefined && after.unit.end === after.end && c.t.thresholdNouns.has(key(c, after.end - 1))) return after.end;
  if (lead.framed) return -1;
  if (!c.t.thresholdVerbs.has(lead.bound.words)) return after.end;
  // "the top 300 officers", "its past 12": after a determiner the word is an adjective, not a verb
  if (DETERMINERS.has(key(c, lead.boundAt - 1)) || !passes(c, low, named, after)) return -1;
  return enacted(c, lead, low, after) ? -1 : after.end;
}

/** Bodies that pass bills: "Congress passed $60 billion" enacts a sum. */
const LEGISLATURES: ReadonlySet<string> = new Set(["congress", "senate", "house", "parliament", "lawmakers", "legislators", "legislature", "rada", "duma", "bundestag", "knesset", "assembly", "deputies", "mps", "congressmen", "senators"]);
/** What a legislature passes: "passed $60 billion in aid", "passed a $95 billion package". */
const ENACTED: ReadonlySet<string> = new Set(["aid", "bill", "bills", "package", "budget", "funding", "appropriation", "appropriations", "supplemental", "loan", "loans", "grant", "grants", "assistance", "spending", "law", "act", "resolution"]);

/**
 * Whether "pass" before a sum of money enacts it rather than exceeds it: a legislature before the verb
 * ("Congress passed $60 billion"), or aid or a bill within three words after the sum ("passed $60 billion
 * in aid"); "Spending passed $60 billion" and "the toll passed 3,000" still pass a mark.
 */
function enacted(c: Ctx, lead: Lead, low: Val, after: After): boolean {
  if (low.currency === undefined && after.unit.currency === undefined) return false;
  if (!key(c, lead.boundAt).startsWith("pass")) return false;
  if (LEGISLATURES.has(key(c, lead.boundAt - 1))) return true;
  for (let k = after.end; k < after.end + 3; k++) if (ENACTED.has(key(c, k))) return true;
  return false;
}
