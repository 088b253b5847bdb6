/**
 * What a figure is doing in its sentence: asserted, negated ("it's not
 * 300,000"), planned ("decided to send 12,000"), projected ("could reach 2
 * million") or potential ("potentially millions"), read from the words of its
 * clause before it and the words before its number.
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import { CLAUSE_BREAK, CUE, NEGATION } from "./roles.js";
import type { Ctx, Match } from "./context.js";
import type { Token } from "./tokenize.js";

/** What a figure is doing in its sentence. */
export type Modality = "asserted" | "negated" | "projected" | "planned" | "potential";

/** How far back a cue may stand from the figure, in tokens. */
const REACH = 12;
/** Punctuation that ends a clause. */
const CLAUSE_MARKS = new Set([".", ";", ":", "!", "?", ",", "(", ")", "[", "]", "\u2014", "\u2013"]);
/** Words between a cue and its verb that do not change it: "will also send", "is expected to soon reach". */
const BETWEEN = new Set([
  "to", "also", "soon", "reportedly", "likely", "probably", "certainly", "eventually", "further", "still", "then", "now",
  "quickly", "have", "be", "been",
]);
/** Words of report that a denial bears on: "rejected reports that", "dismissed claims of". */
const REPORTS = new Set(["reports", "report", "claims", "claim", "allegations", "suggestions", "rumours", "rumors", "accounts", "figures"]);
/** Words after which a negation affirms: "no doubt that", "no question", "no denying", "cannot ignore", "did not hesitate to". */
const DOUBTS = new Set(["doubt", "doubts", "doubted", "question", "questioned", "denying", "deny", "dispute", "disputed", "disputing", "ignore", "hesitate", "hesitated"]);
/** How far before a word of report a denial may stand, past its determiners and adjectives: "denied a Western media report that". */
const REPORT_REACH = 5;
/** What may join a figure to the one before it and share its modality: "will send 5,000 troops and 200 tanks". */
const COORDINATION = new Set([",", "and", "or", "plus", "as", "well", "along", "with", "including", "&"]);

/** Whether token `k` is a negation word: "not", "never", "didn't" (see `keyRoles`). */
function isNegation(c: Ctx, k: number): boolean {
  return hasRole(c, k, NEGATION) && c.toks[k]?.kind === "word";
}

/**
 * A negation at `k` that bears on what follows: not "not only", "not until", "if not"
 * ("thousands, if not tens of thousands"), a negation that affirms ("no doubt", "did not
 * hesitate", "no denying") or one in a compound ("no-fly zone").
 */
function negates(c: Ctx, k: number): boolean {
  // "no denying", "not impossible", "never denied": a negation of a negation affirms
  if (!isNegation(c, k) || key(c, k - 1) === "if" || isNegation(c, k - 1) || isNegation(c, k + 1)) return false;
  const next = tokAt(c, k + 1);
  if (next !== undefined && next.kind === "dash" && next.glued) return false;
  const word = key(c, k + 1);
  return word !== "only" && word !== "until" && !DOUBTS.has(word);
}

/** Whether the token at `k` ends the clause a cue can reach across. */
function isBreak(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k) as Token;
  if (tk.kind === "num" || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key))) return true;
  if (tk.kind === "dash" && !tk.glued) return true;
  return tk.kind === "word" && (tk.roles & CLAUSE_BREAK) !== 0;
}

/** The verb a cue at `k` bears on: the next word that is not "to", "also" or the like, else the last of those ("will be 20,000"). */
function verbAfter(c: Ctx, k: number, stop: number): string {
  let last = "";
  for (let j = k + 1; j < stop; j++) {
    last = key(c, j);
    if (!BETWEEN.has(last)) return last;
  }
  return last;
}

/** What the cue at `k` makes of a figure whose number starts at `stop`. */
function cueAt(c: Ctx, k: number, stop: number): Modality | undefined {
  const tk = tokAt(c, k) as Token;
  if (negates(c, k)) return "negated";
  const cue = tk.kind === "word" && hasRole(c, k, CUE) ? c.t.cues.get(tk.key) : undefined;
  // "May" the month is no "may"
  if (cue === undefined || c.t.months.has(tk.text)) return undefined;
  // "had no plans to send", "did not decide to send"
  if (negates(c, k - 1) || negates(c, k - 2)) return "negated";
  if (cue === "planned" || cue === "projected" || cue === "potential") return cue;
  if (cue === "intent") return key(c, k + 1) === "to" ? "planned" : undefined;
  if (cue === "denial") return reportAfter(c, k) ? "negated" : undefined;
  const verb = verbAfter(c, k, stop);
  if (c.t.growth.has(verb)) return "projected";
  // "will send" is a plan, "will lose" a projection; "could send" a possibility
  if (cue === "future") return c.t.planVerbs.has(verb) ? "planned" : "projected";
  return "potential";
}

/** Whether token `k` is a denial cue ("rejected", "disputed"). */
function isDenial(c: Ctx, k: number): boolean {
  return hasRole(c, k, CUE) && c.t.cues.get(key(c, k)) === "denial";
}

/** Whether a word of report follows the denial at `k`, past a few determiners and adjectives: "rejected the claim", "dismissed media reports". */
function reportAfter(c: Ctx, k: number): boolean {
  for (let j = k + 1; j <= k + REPORT_REACH && j < c.toks.length && !isBreak(c, j); j++) if (REPORTS.has(key(c, j))) return true;
  return false;
}

/**
 * The denial or negation token `k` is or stands for: itself ("rejected", "no"), or, for a word
 * of report, the denial or negation before it ("rejected the reports", "denied a report"); -1
 * for none.
 */
function denialAt(c: Ctx, k: number): number {
  if (isDenial(c, k) || negates(c, k)) return k;
  if (!REPORTS.has(key(c, k))) return -1;
  for (let j = k - 1; j >= k - REPORT_REACH && j >= 0 && !isBreak(c, j); j--) if (isDenial(c, j) || negates(c, j)) return j;
  return -1;
}

/**
 * Whether the clause word at `k` is a "that" whose clause is denied: "denied that", "no
 * evidence that", "rejected reports that", "it is impossible that"; not when the denial is
 * itself denied ("no one disputes that", "did not deny that").
 */
function deniedClause(c: Ctx, k: number): boolean {
  if (key(c, k) !== "that") return false;
  for (let j = k - 1; j >= k - 2 && j >= 0 && !isBreak(c, j); j--) {
    const found = denialAt(c, j);
    const d = found >= 0 ? found : isNegation(c, j) && !DOUBTS.has(key(c, j + 1)) ? j : -1;
    // a denial or negation itself denied ("nobody denied that", "not impossible that", "did not deny that") affirms
    if (d >= 0) return !(isNegation(c, d - 1) || isNegation(c, d - 2));
  }
  return false;
}

/**
 * The modality of a match: the nearest cue in the words before its number
 * (its own lead words first, then its clause, back to a clause break).
 * Negation words inside a bound ("no more than") belong to the bound.
 */
export function modalityOf(c: Ctx, m: Match): Modality {
  for (let k = m.head - 1; k >= m.first; k--) {
    if (isNegation(c, k)) continue;
    const found = cueAt(c, k, m.head);
    if (found !== undefined) return found;
  }
  for (let k = m.first - 1; k >= 0 && k >= m.first - REACH; k--) {
    if (isBreak(c, k)) return deniedClause(c, k) ? "negated" : "asserted";
    // only a negation or a cue says anything: one bit test passes over every other word
    const found = hasRole(c, k, NEGATION | CUE) ? cueAt(c, k, m.head) : undefined;
    if (found !== undefined) return found;
  }
  return "asserted";
}

/**
 * Whether the match at token `first` is joined to a figure that ends at
 * character `prevEnd` (in the block's own offsets) by coordination alone
 * ("5,000 troops and 200 tanks"), so it shares that figure's modality.
 */
export function isCoordinated(c: Ctx, first: number, prevEnd: number): boolean {
  let k = first - 1;
  for (let n = 0; n < 4; n++, k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.start < prevEnd) return tk !== undefined && n > 0;
    if (!COORDINATION.has(tk.key)) return false;
  }
  return false;
}
