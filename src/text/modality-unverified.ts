/**
 * Figures whose source says it is unverified, beyond a report "of" or "that" them (see
 * modality-report-after.ts): a note in brackets after the figure ("Killed 3 (unverified)",
 * "[unconfirmed]", "(not independently verified)"), a report that is the subject of the
 * saying ("Unconfirmed reports said 3,000 soldiers died"), an attribution to one ("according
 * to unconfirmed reports, 3,000 died", "3,000 died, according to unverified claims") and a
 * rumour ("rumours of 3,000 dead"). Each is `potential`: nobody has confirmed the figure, so
 * it is not stated as there, though it is not denied either.
 * @internal
 */
import { key } from "./context.js";
import { L_RUMOUR } from "./lex-bits.js";
import { lexIn } from "./lex.js";
import type { Ctx, Match } from "./context.js";
import type { Token } from "./tokenize.js";
import { REPORTS, SENTENCE_ENDS } from "./modality-words.js";

/** Words that call a report or a figure unverified: "unconfirmed reports", "(unverified)". */
export const UNVERIFIED = new Set(["unverified", "unconfirmed", "unsubstantiated", "uncorroborated", "unproven"]);
/** Participles that, after "not" or "never", leave a figure unverified: "(not independently verified)". */
export const VERIFIED = new Set(["substantiated", "corroborated", "verified", "confirmed", "proven", "proved"]);
/** Words of rumour: a rumour is a report nobody vouches for ("rumours of 3,000 dead"). */
const RUMOURS = new Set(["rumours", "rumors", "rumour", "rumor", "rumoured", "rumored"]);
/** The words one of which `unverifiedBefore` turns on. @internal */
export const RUMOUR_WORDS: readonly string[] = [...RUMOURS, ...UNVERIFIED];
/** Marks that open a note after a figure. */
const OPENS = new Set(["(", "["]);
/** Marks that close such a note. */
const CLOSES = new Set([")", "]"]);
/** Words that may stand inside such a note besides the word of verifying: "(not yet independently verified)". */
const NOTE_FILLERS = new Set(["not", "yet", "to", "be", "independently", "officially", "been", "as", "so", "far", "still", "figure", "figures", "claim", "report", "reports", "claims", "toll"]);
/** How far before the clause word that opens a figure's clause the report that says it may open: "Unverified reports on social media said 40 soldiers". */
const SOURCE_BACK = 6;
/** Words that may stand between "according to" and its report: "according to unconfirmed local reports". */
const SOURCE_FILLERS = new Set(["the", "some", "several", "early", "initial", "local", "media", "social", "preliminary", "still", "as", "yet"]);

/** Whether the note that opens at `j` (a bracket) calls the figure unverified: "(unverified)", "[unconfirmed]", "(not independently verified)", "(unconfirmed reports)". */
export function unverifiedNoteAt(c: Ctx, j: number): boolean {
  if (!OPENS.has(key(c, j))) return false;
  let denied = false;
  for (let k = j + 1; k < j + 8 && k < c.toks.length; k++) {
    const w = key(c, k);
    if (CLOSES.has(w)) return false;
    if (UNVERIFIED.has(w) || RUMOURS.has(w)) return true;
    if (VERIFIED.has(w)) return denied;
    if (w === "not" || w === "never" || w === "yet") denied = true;
    else if (!NOTE_FILLERS.has(w) && !(w.length > 4 && w.endsWith("ly"))) return false;
  }
  return false;
}

/** Whether the word of report at `r` is called unverified by a word one or two before it, or is a rumour: "unconfirmed reports", "unverified media reports", "rumours". */
export function unverifiedAt(c: Ctx, r: number): boolean {
  const w = key(c, r);
  if (RUMOURS.has(w)) return true;
  return REPORTS.has(w) && (UNVERIFIED.has(key(c, r - 1)) || UNVERIFIED.has(key(c, r - 2)));
}

/**
 * Whether an unverified report or a rumour says the figure from before it, in its clause or
 * right before the clause word that opens it at `k`: "Unconfirmed reports said 3,000 soldiers
 * died", "According to unconfirmed reports, 3,000 died", "Unconfirmed claims put the toll at
 * 3,000", "Rumours spread that 3,000 had deserted"; not past a clause of contrast or the
 * start of the sentence ("Unconfirmed reports said 300 died, but the ministry confirmed
 * 3,000"). Only words that start as one of its words may ("un…", "r…") are looked up.
 */
export function unverifiedBefore(c: Ctx, k: number, m: Match): boolean {
  if (!lexIn(c, L_RUMOUR, k - SOURCE_BACK, m.first)) return false;
  for (let j = m.first - 1; j >= 0 && j >= k - SOURCE_BACK; j--) {
    const tk = c.toks[j] as Token;
    if (tk.kind !== "word") {
      if (SENTENCE_ENDS.has(tk.key) || tk.key === ";") return false;
      continue;
    }
    const w = tk.key;
    const c0 = w.charCodeAt(0);
    if (c0 === 114 && RUMOURS.has(w)) return true;
    if (c0 === 117 && UNVERIFIED.has(w) && (REPORTS.has(key(c, j + 1)) || REPORTS.has(key(c, j + 2)))) return true;
    if (w === "but" || w === "while" || w === "however" || w === "whereas") return false;
  }
  return false;
}

/** Whether "according to" at `j` names an unverified report: "3,000 died, according to unconfirmed reports", "according to unverified local reports". */
export function accordingUnverified(c: Ctx, j: number): boolean {
  if (key(c, j + 1) !== "to") return false;
  let k = j + 2;
  while (SOURCE_FILLERS.has(key(c, k)) || UNVERIFIED.has(key(c, k))) k++;
  return unverifiedAt(c, k);
}
