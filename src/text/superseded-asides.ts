/**
 * Figures replaced by a revision that follows them past a comma or a dash: an aside that gives
 * the figure as an earlier one ("The death toll, initially 300, was revised to 400", "The toll,
 * previously reported as 300, has been corrected to 250", "The ministry, which had reported 300
 * deaths, revised the toll to 400") and an estimate put at a figure and then revised in a
 * participle clause ("Officials put the death toll at 300, later raising it to 400"), or followed
 * by the level the estimate stands at now ("The toll, which officials first put at 300, now stands at 450").
 * @internal
 */
import { isFail, key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { leads, noLead } from "./bounds.js";
import { value } from "./value.js";
import { putLevelAt } from "./superseded-put.js";
import { AUXILIARY, DIRECTION, EARLIER, ESTIMATE, OBJECT, RAISE, REVISE, kindAt } from "./superseded-words.js";

/** Participles of giving a figure that an aside may hold before it: "previously reported as 300", "first given as 300", "which had put it at 300". */
const GIVEN = new Set(["reported", "given", "put", "estimated", "announced", "stated", "listed", "cited", "said", "placed", "set", "thought", "believed", "recorded"]);
/** Other words an aside may hold before its figure: "first given as", "which had reported", "put at". */
const ASIDE_WORDS = new Set(["as", "at", "which", "who", "that", "had", "been", "was", "were", "to", "be", "it", "the", "its", "their"]);
/** Words that refer back to the figure as the object of the revision: "later raising it to 400". */
const PRONOUNS = new Set(["it", "them", "this", "that"]);
/** How many words an aside may hold before its figure: "which had previously reported". */
const ASIDE_REACH = 5;

/** Whether the token at `k`, right after a figure, sets off what follows: a comma or a spaced dash. */
export function isSetOff(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk !== undefined && (tk.key === "," || (tk.kind === "dash" && !tk.glued));
}

/** Whether the level a revision ends at follows token `k`, past its directions: "down to 6,000", "to 250", "upward to around 400", ", putting the number at 6,000". */
export function levelAfter(c: Ctx, k: number): boolean {
  while ((kindAt(c, k) & DIRECTION) !== 0) k++;
  // "revised its figure of 4,000, putting the number at 6,000"
  if (putLevelAt(c, k)) return true;
  // "revised its estimate of 10,000 downward, to 6,000"
  if (key(c, k) === "," && key(c, k + 1) === "to") k++;
  if (key(c, k) !== "to") return false;
  const v = value(c, leads(c, k + 1, noLead()), true);
  return v !== undefined && !isFail(v);
}

/** An aside before a figure: opened by a comma or a dash, with a word that gives the figure as earlier ("initially", "first given as", "which had reported"). */
const ASIDE = 1;
/** The aside gives a report's figure: a noun of an estimate before its mark ("The death toll, initially") or a word of giving in it ("first given as", "which reported"). */
const REPORTED = 2;

/** The aside opens its sentence, so the subject of the revision stands after the figure's comma: "Initially estimated at 300, the toll was revised". */
const FRONTED = 4;
/** The aside gives the figure as earlier with a word of its own: "initially", "first put at", "which had reported". */
const EARLY = 8;
/** How many words the subject of a relative aside may take: "which the ministry first put at 300". */
const RELATIVE_SUBJECT = 2;
/** Marks that end a sentence before a fronted aside. */
const SENTENCE_MARKS = new Set([".", "!", "?"]);
/** How many words the subject of a revision after a fronted aside may take: "the death toll". */
const SUBJECT_REACH = 4;

/**
 * What the words before a figure that starts at `first` say of it, as bits of `ASIDE`,
 * `REPORTED` and `EARLY`; 0 when they are no such aside. "which" or "who" with a word of giving makes the
 * figure an earlier one as "had" does: "The ministry, which reported 300 deaths, raised its estimate to 400".
 * A relative aside may have a subject of its own: "The toll, which officials first put at 300".
 */
function asideBefore(c: Ctx, first: number): number {
  let earlier = false;
  // "Initially estimated at 300, …": the word of giving may open the figure's own phrase
  let given = GIVEN.has(key(c, first));
  let relative = false;
  let subject = 0;
  for (let k = first - 1; k >= -1 && k >= first - ASIDE_REACH - subject; k--) {
    const tk = tokAt(c, k);
    // "Initially estimated at 300, the toll was later revised to 3,000": an aside that opens the sentence
    if (tk === undefined || SENTENCE_MARKS.has(tk.key)) return earlier && given && k < first && subject === 0 ? ASIDE | REPORTED | FRONTED | EARLY : 0;
    if (isSetOff(c, k)) {
      if (!(earlier || (given && relative)) || k === first - 1 || (subject > 0 && !relative)) return 0;
      return ASIDE | (given || (kindAt(c, k - 1) & ESTIMATE) !== 0 ? REPORTED : 0) | (earlier ? EARLY : 0);
    }
    if (tk.kind !== "word") return 0;
    if ((kindAt(c, k) & EARLIER) !== 0 || tk.key === "had") earlier = true;
    else if (GIVEN.has(tk.key)) given = true;
    else if (tk.key === "which" || tk.key === "who") relative = true;
    // "which officials first put at 300": the subject stands between "which" and its verb
    else if (!ASIDE_WORDS.has(tk.key) && (relative || ++subject > RELATIVE_SUBJECT || c.t.stop.has(tk.key))) return 0;
  }
  return 0;
}

/** Whether the figure that starts at `first` is what an estimate was put at: "put the death toll at 300", "put Russian losses at 3,000", "the toll stood at 300". */
function putAt(c: Ctx, first: number): boolean {
  if (key(c, first - 1) !== "at") return false;
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    if ((kindAt(c, k) & ESTIMATE) !== 0 || GIVEN.has(key(c, k))) return true;
    if (tokAt(c, k)?.kind !== "word") return false;
  }
  return false;
}

/**
 * Whether a revision of the figure of tokens [first, end), which ends at a comma or a dash, follows
 * it: after an aside that gives it as earlier ("The toll, previously reported as 300, has been
 * corrected to 250", "The number of dead, first given as 300, was raised to 400"), or after an
 * estimate put at it (`estimate`: "estimate of"; "toll at", "put losses at") with the revision's
 * object a pronoun or an estimate ("Officials put the death toll at 300, later raising it to
 * 400"). The revision must end at a level: "revised to 400". "The strike killed 30, raising the
 * toll to 400" and "The force, initially 300, was raised to 400" (a level raised, no estimate) replace nothing.
 */
export function revisedAfterAside(c: Ctx, first: number, end: number, estimate: boolean): boolean {
  const aside = asideBefore(c, first);
  const put = estimate || putAt(c, first);
  if (aside === 0 && !put) return false;
  let j = end + 1;
  if ((aside & FRONTED) !== 0) j = pastSubject(c, j);
  while ((kindAt(c, j) & (AUXILIARY | DIRECTION)) !== 0 && j < end + 5 + SUBJECT_REACH) j++;
  const kind = kindAt(c, j);
  // "The toll, which officials first put at 300, now stands at 450": the estimate's level now
  if ((aside & (REPORTED | EARLY)) === (REPORTED | EARLY) && standsNow(c, end + 1, j)) return true;
  if ((kind & REVISE) === 0 && !((kind & RAISE) !== 0 && (put || (aside & REPORTED) !== 0))) return false;
  j++;
  if (PRONOUNS.has(key(c, j))) j++;
  else while (j < end + 10 && (kindAt(c, j) & (OBJECT | ESTIMATE)) !== 0 && key(c, j) !== "to") j++;
  return levelAfter(c, j);
}

/** Verbs of being at a level that "now" makes the later level of an estimate: "now stands at 450", "is now 450". */
const STANDS: ReadonlySet<string> = new Set(["stands", "stand", "is", "are"]);

/**
 * Whether the words from `from`, where the main clause's verb starts, give the level the
 * estimate stands at now, with `j` past its auxiliaries and directions: "now stands at 450",
 * "stands now at 450", "is now 450", "is now put at 450". "Now" must be said: "stands at 450"
 * may be a level of another time.
 */
function standsNow(c: Ctx, from: number, j: number): boolean {
  let k = from;
  const now = key(c, k) === "now" || key(c, k + 1) === "now";
  if (key(c, k) === "now") k++;
  if (!now || !STANDS.has(key(c, k))) return false;
  k++;
  if (key(c, k) === "now") k++;
  if (key(c, k) === "put" || key(c, k) === "estimated") k++;
  if (key(c, k) === "at") k++;
  const v = value(c, leads(c, k, noLead()), true);
  return j >= from && v !== undefined && !isFail(v);
}

/** The token after the subject of a revision that starts at `j` ("the toll", "the death toll"), which names an estimate; else `j`. */
function pastSubject(c: Ctx, j: number): number {
  let estimate = false;
  let k = j;
  for (; k < j + SUBJECT_REACH && (kindAt(c, k) & AUXILIARY) === 0; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind !== "word") return j;
    estimate ||= (kindAt(c, k) & ESTIMATE) !== 0;
  }
  return estimate ? k : j;
}
