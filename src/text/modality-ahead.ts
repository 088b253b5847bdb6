/**
 * What the words after a figure say of its time when no cue marks it: a present tense with a
 * word of time ahead ("Another 5,000 troops arrive next week", "Germany delivers 300 tanks
 * next month") looks ahead as "will arrive" does, and a condition set off right after the
 * figure ("Another 5,000 troops, if they arrive, would tip the balance") supposes it as "if
 * 5,000 troops arrive" does.
 * @internal
 */
import { key, tokAt } from "./context.js";
import { L_AHEAD, L_FIGURE_ADVERB } from "./lex-bits.js";
import { hasLex, lexIn } from "./lex.js";
import type { Ctx, Match } from "./context.js";
import { isPlanVerb } from "./modality-delay.js";
import { neededAfter } from "./modality-sought.js";
import { arrivedAfter } from "./modality-awaited.js";
import { FIGURE_EVENTS } from "./modality-words.js";
import type { Modality } from "./modality.js";

/** Nouns of time that "next" or "later this" makes ahead: "next week", "later this year". */
const TIME_NOUNS = new Set([
  "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "day", "days", "weeks", "months",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "quarter", "season",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
]);
/** The words one of which opens a time ahead in `aheadFrom`. @internal */
export const AHEAD_WORDS: readonly string[] = ["tomorrow", "next", "coming", "later"];
/** How far after the verb the word of time may stand, in tokens: "arrive in Kursk from Belarus next week". */
const AHEAD_REACH = 10;
/** Forms of "be" that with a participle make a present passive: "5,000 troops are deployed next week". */
const BE_NOW = new Set(["is", "are", "'re"]);
/** Words right after the "if" of a condition after a figure that make it no condition: "3,000, if not more", "if any", "if only". */
const NOT_CONDITIONS = new Set(["not", "any", "anything", "only", "so", "ever", "indeed"]);
/** Subjects of an inverted condition: "5,000 troops, should they arrive, …". */
const PRONOUNS = new Set(["they", "it", "these", "those", "he", "she", "we"]);

/** Whether the words from `j` on, in the clause, name a time ahead: "next week", "tomorrow", "in the coming days", "later this year", "later in the month". */
function aheadFrom(c: Ctx, j: number): boolean {
  for (let k = j; k < j + AHEAD_REACH && k < c.toks.length; k++) {
    const tk = tokAt(c, k) as { kind: string; key: string };
    if (tk.kind !== "word") return false;
    const w = tk.key;
    if (w === "tomorrow") return true;
    if (w === "next" && TIME_NOUNS.has(key(c, k + 1))) return true;
    if (w === "coming" && key(c, k - 1) === "the" && TIME_NOUNS.has(key(c, k + 1))) return true;
    if (w === "later" && (key(c, k + 1) === "this" || key(c, k + 2) === "the") && TIME_NOUNS.has(key(c, k + 2) === "the" ? key(c, k + 3) : key(c, k + 2))) return true;
  }
  return false;
}

/** The verb at `k` if it is in the present: a bare or "-s" form of a verb of `FIGURE_EVENTS` or a plan verb ("arrive", "arrives", "delivers"); else "". */
function presentVerb(c: Ctx, k: number): string {
  const w = key(c, k);
  const verb = (v: string): boolean => FIGURE_EVENTS.has(v) || c.t.planVerbs.has(v);
  if (verb(w)) return w;
  if (w.length < 4 || !w.endsWith("s")) return "";
  if (w.endsWith("es") && verb(w.slice(0, -2))) return w.slice(0, -2);
  return w.endsWith("s") && verb(w.slice(0, -1)) ? w.slice(0, -1) : "";
}

/** The verb of the "-ing" form at `k` after a present "be" at `k - 1` ("are arriving", "is sending"), if it is one of `FIGURE_EVENTS` or a plan verb; else "". */
function progressiveAt(c: Ctx, k: number): string {
  const w = key(c, k);
  if (!BE_NOW.has(key(c, k - 1)) || !w.endsWith("ing") || w.length < 6) return "";
  const stem = w.slice(0, -3);
  const verb = (v: string): boolean => FIGURE_EVENTS.has(v) || c.t.planVerbs.has(v);
  for (const v of [stem, `${stem}e`, stem.slice(0, -1)]) if (verb(v)) return v;
  return "";
}

/**
 * What a present tense with a word of time ahead makes of the figure: the figure is the
 * subject ("Another 5,000 troops arrive next week", "5,000 troops are deployed next month") or
 * the object of a verb in "-s" ("Germany delivers 300 tanks next month"); a plan verb plans it,
 * any other projects it. Undefined with no word of time ahead in the clause: "Another 5,000
 * troops arrive every week", "5,000 troops arrive next to the border" state them.
 */
function scheduledAt(c: Ctx, m: Match): Modality | undefined {
  let k = m.end;
  while (hasLex(c, k, L_FIGURE_ADVERB)) k++;
  // every time ahead read below starts at a word of `AHEAD_WORDS` before this
  if (!lexIn(c, L_AHEAD, m.end, k + 2 + AHEAD_REACH)) return undefined;
  let verb = presentVerb(c, k);
  // "5,000 troops are deployed next month"
  if (verb === "" && BE_NOW.has(key(c, k)) && key(c, k + 1).endsWith("ed")) verb = key(c, ++k);
  // "5,000 more troops are arriving next week"
  if (verb === "" && progressiveAt(c, k + 1) !== "") verb = progressiveAt(c, ++k);
  if (verb !== "") return aheadFrom(c, k + 1) ? (isPlanVerb(c, verb) || verb.endsWith("ed") ? "planned" : "projected") : undefined;
  const before = key(c, m.first - 1);
  // "Germany delivers 300 tanks next month", "Germany is sending 100 tanks next month"
  verb = before.length > 3 && before.endsWith("s") ? presentVerb(c, m.first - 1) : progressiveAt(c, m.first - 1);
  if (verb === "" || !aheadFrom(c, m.end)) return undefined;
  return isPlanVerb(c, verb) ? "planned" : "projected";
}

/**
 * Whether a condition set off by a comma right after the figure supposes it: "Another 5,000
 * troops, if they arrive, would tip the balance", "3,000 dead, if confirmed, would make it the
 * deadliest", "5,000 troops, unless they are recalled, …", "…, even if they arrive, …",
 * "…, should they arrive, …"; not "3,000, if not more", "if any", "if only".
 */
function conditionAfter(c: Ctx, m: Match): boolean {
  if (key(c, m.end) !== ",") return false;
  let j = m.end + 1;
  if (key(c, j) === "even") j++;
  const w = key(c, j);
  if (w === "should") return PRONOUNS.has(key(c, j + 1));
  return (w === "if" || w === "unless") && tokAt(c, j + 1)?.kind === "word" && !NOT_CONDITIONS.has(key(c, j + 1));
}

/** How many words after the figure the "if" of a condition on a "would" may stand: "would send 3,000 more troops to Russia if asked". */
const IF_REACH = 6;

/**
 * Whether an "if" or "unless" of a condition follows the figure in its clause, a few words on:
 * "North Korea would send 3,000 more troops if asked" supposes the figure, as "if asked, it
 * would send" does; not "3,000, if not more", "if any".
 */
export function conditionLater(c: Ctx, m: Match): boolean {
  for (let j = m.end; j < m.end + IF_REACH && j < c.toks.length; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "word" && tk.key !== ",")) return false;
    if ((tk.key === "if" || tk.key === "unless") && tokAt(c, j + 1)?.kind === "word") return !NOT_CONDITIONS.has(key(c, j + 1));
  }
  return false;
}

/**
 * What the words after an asserted figure say of its time, when no verb after it is a cue: a
 * condition set off after it ("5,000 troops, if they arrive, would") supposes it (see
 * `conditionAfter`), a present with a time ahead ("5,000 troops arrive next week") looks ahead
 * to it (see `scheduledAt`), a clause of need after it seeks it ("the 300 tanks Ukraine needs",
 * see `neededAfter`) unless a verb of arriving after it says it came (see `arrivedAfter`); else it stays asserted.
 */
export function aheadAfter(c: Ctx, m: Match): Modality {
  if (conditionAfter(c, m)) return "potential";
  // "the 300 tanks Ukraine needs" are sought; "The 300 tanks Ukraine needs arrived in May" have come
  if (neededAfter(c, m) && !arrivedAfter(c, m)) return "planned";
  return scheduledAt(c, m) ?? "asserted";
}
