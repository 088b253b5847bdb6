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
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { gate } from "./modality-gate.js";
import { REPORTS, SENTENCE_ENDS } from "./modality-words.js";

/** Words that call a report or a figure unverified: "unconfirmed reports", "(unverified)". */
export const UNVERIFIED = new Set(["unverified", "unconfirmed", "unsubstantiated", "uncorroborated", "unproven"]);
/** Participles that, after "not" or "never", leave a figure unverified: "(not independently verified)". */
export const VERIFIED = new Set(["substantiated", "corroborated", "verified", "confirmed", "proven", "proved"]);
/** Words of rumour: a rumour is a report nobody vouches for ("rumours of 3,000 dead"). */
const RUMOURS = new Set(["rumours", "rumors", "rumour", "rumor", "rumoured", "rumored"]);
/** Whether the text says anything is unverified or rumoured at all: only then is a source before or after the figure looked for. */
const mentionsUnverified = gate(["nverif", "nconfirm", "umo", "nsubstantiat", "ncorroborat", "nproven"]);
/** Marks that open a note after a figure. */
const OPENS = new Set(["(", "["]);
/** Marks that close such a note. */
const CLOSES = new Set([")", "]"]);
/** Words that may stand inside such a note besides the word of verifying: "(not yet independently verified)". */
const NOTE_FILLERS = new Set(["not", "yet", "to", "be", "independently", "officially", "been", "as", "so", "far", "still", "figure", "figures", "claim", "report", "reports", "claims", "toll"]);
/** How many words may stand between a figure and its note: "3 soldiers killed (unverified)". */
const NOTE_GAP = 3;
/** How far back from a figure the report that says it may open: "Unconfirmed reports from the region said that 3,000 soldiers died". */
const SOURCE_REACH = 16;
/** Words that open a clause of its own, past which a source before no longer speaks of the figure. */
const CONTRASTS = new Set(["but", "while", "whereas", "although", "though", "yet", ";", "however"]);
/** Words that may stand between "according to" and its report: "according to unconfirmed local reports". */
const SOURCE_FILLERS = new Set(["the", "some", "several", "early", "initial", "local", "media", "social", "preliminary", "still", "as", "yet"]);

/** Whether the note that opens at `j` (a bracket) calls the figure unverified: "(unverified)", "[unconfirmed]", "(not independently verified)", "(unconfirmed reports)". */
function unverifiedNoteAt(c: Ctx, j: number): boolean {
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

/**
 * Whether a note in brackets right after the figure, or a few words on, calls it unverified:
 * "Killed 3 (unverified)", "3 soldiers killed [unconfirmed]", "(not independently verified)".
 * Only words may stand between: a mark or another figure ends the search.
 */
export function unverifiedNote(c: Ctx, m: Match): boolean {
  for (let j = m.end; j <= m.end + NOTE_GAP && j < c.toks.length; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined) return false;
    if (tk.kind === "sym" && OPENS.has(tk.key)) return unverifiedNoteAt(c, j);
    if (tk.kind !== "word") return false;
  }
  return false;
}

/** Whether the word of report at `r` is called unverified by a word one or two before it, or is a rumour: "unconfirmed reports", "unverified media reports", "rumours". */
function unverifiedAt(c: Ctx, r: number): boolean {
  const w = key(c, r);
  if (RUMOURS.has(w)) return true;
  return REPORTS.has(w) && (UNVERIFIED.has(key(c, r - 1)) || UNVERIFIED.has(key(c, r - 2)));
}

/**
 * Whether an unverified report earlier in the figure's sentence says it, with no clause of
 * contrast between: "Unconfirmed reports said 3,000 soldiers died", "According to unconfirmed
 * reports, 3,000 died", "Rumours spread that 3,000 had deserted"; not "Unconfirmed reports
 * said 300 died, but the ministry confirmed 3,000".
 */
function sourceBefore(c: Ctx, m: Match): boolean {
  for (let j = m.first - 1; j >= 0 && j >= m.first - SOURCE_REACH; j--) {
    const w = key(c, j);
    if (SENTENCE_ENDS.has(w) || CONTRASTS.has(w)) return false;
    if (unverifiedAt(c, j)) return true;
  }
  return false;
}

/** Whether "according to" and an unverified report follow the figure in its sentence, with no other figure between: "3,000 died, according to unconfirmed reports". */
function sourceAfter(c: Ctx, m: Match): boolean {
  for (let j = m.end; j < c.toks.length && j < m.end + SOURCE_REACH; j++) {
    const w = key(c, j);
    if (w === "#" || SENTENCE_ENDS.has(w) || CONTRASTS.has(w)) return false;
    if (w !== "according" || key(c, j + 1) !== "to") continue;
    let k = j + 2;
    while (SOURCE_FILLERS.has(key(c, k)) || UNVERIFIED.has(key(c, k))) k++;
    return unverifiedAt(c, k);
  }
  return false;
}

/**
 * Whether the figure's source is unverified: a note in brackets after it (see
 * `unverifiedNote`), an unverified report or a rumour that says it earlier in its sentence
 * ("Unconfirmed reports said 3,000 soldiers died", "rumours of 3,000 dead"), or "according to"
 * one after it ("3,000 died, according to unconfirmed reports").
 */
export function unverifiedSource(c: Ctx, m: Match): boolean {
  return unverifiedNote(c, m) || (mentionsUnverified(c) && (sourceBefore(c, m) || sourceAfter(c, m)));
}
